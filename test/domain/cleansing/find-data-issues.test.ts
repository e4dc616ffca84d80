import { describe, expect, it } from 'vitest';
import { type CleansingRecord, findDataIssues } from '../../../src/domain/cleansing/find-data-issues.ts';
import { isValidEmail } from '../../../src/domain/cleansing/is-valid-email.ts';
import { isValidPhone } from '../../../src/domain/cleansing/is-valid-phone.ts';
import type { PhoneRegion } from '../../../src/domain/import/phone-regions.ts';

const now = new Date('2026-11-23T02:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const record = (overrides: Partial<CleansingRecord>): CleansingRecord => ({
  ownerId: 1,
  inPoolSince: null,
  status: 'active',
  lastContactAt: daysAgo(10),
  createdAt: daysAgo(500),
  contacts: [{ name: '张总', phone: '13800138001', email: 'zhang@example.com' }],
  ...overrides,
});

describe('isValidPhone', () => {
  it.each<[string, PhoneRegion, boolean]>([
    ['13800138001', 'CN', true],
    ['+86 138 0013 8001', 'CN', true],
    ['010-82345678', 'CN', true],
    ['0755 8888 8888', 'CN', true],
    ['0912345678', 'TW', true],
    ['+1 415 555 0100', 'CN', true],
    ['(415) 555-0101', 'US', true],
    ['(0755) 2345-6789 转 801', 'CN', true],
    // Taiwan's mobile is not a number dialled inside mainland China.
    ['0912345678', 'CN', false],
    ['1380013800', 'CN', false],
    ['12345678', 'CN', false],
    ['138-0013-800x', 'CN', false],
    ['call me', 'CN', false],
  ])('%s in %s → %s', (phone, region, valid) => {
    expect(isValidPhone(phone, region)).toBe(valid);
  });
});

describe('isValidEmail', () => {
  it.each([
    ['zhang@example.com', true],
    ['chen@example.com.tw', true],
    ['zhang@example', false],
    ['zhang.example.com', false],
    ['zhang @example.com', false],
  ])('%s → %s', (email, valid) => {
    expect(isValidEmail(email)).toBe(valid);
  });
});

describe('findDataIssues', () => {
  it.each([
    ['a complete record', record({}), []],
    ['nobody owns it and it is not in the pool', record({ ownerId: null }), ['no_owner']],
    [
      'waiting in the pool, quiet for long',
      record({ ownerId: null, inPoolSince: daysAgo(3), lastContactAt: daysAgo(400) }),
      [],
    ],
    ['no contact person', record({ contacts: [] }), ['no_contact']],
    [
      'a phone and an email that cannot be used',
      record({ contacts: [{ name: 'x', phone: '12345', email: 'x@' }] }),
      ['bad_phone', 'bad_email'],
    ],
    ['no contact for over a year', record({ lastContactAt: daysAgo(400) }), ['stale']],
    [
      'never contacted, on file for over a year',
      record({ lastContactAt: null, createdAt: daysAgo(380) }),
      ['stale'],
    ],
    ['already flagged bad', record({ status: 'bad', lastContactAt: daysAgo(400) }), []],
  ])('%s → %o', (_label, customer, kinds) => {
    expect(findDataIssues(customer, now).map((issue) => issue.kind)).toEqual(kinds);
  });
});
