import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../src/domain/people.ts';
import { canChangeFollowUp, canSeeCustomer, canWorkOnCustomer } from '../../src/domain/permissions.ts';

const actor = (role: Role, id = 1, teamId: number | null = 10): Actor => ({
  id,
  name: 'x',
  role,
  teamId,
  locale: 'zh-Hans',
});
const owned = (ownerId: number | null, ownerTeamId: number | null = 10) => ({ ownerId, ownerTeamId });

describe('canSeeCustomer', () => {
  it.each([
    ['a rep, their own customer', actor('rep', 1), owned(1), false, true],
    ['a rep, an unowned customer', actor('rep', 1), owned(null, null), false, true],
    ["a rep, a teammate's customer", actor('rep', 1), owned(2), false, false],
    ["a manager, the team's customer", actor('manager', 5), owned(2, 10), false, true],
    ["a manager, another team's customer", actor('manager', 5), owned(3, 11), false, false],
    ['a manager without a team', actor('manager', 5, null), owned(3, null), false, false],
    ['service, no complaint assigned', actor('service', 7), owned(2), false, false],
    ['service, a complaint assigned', actor('service', 7), owned(2), true, true],
    ['an admin, anything', actor('admin', 9, null), owned(2, 11), false, true],
  ])('%s → %s', (_label, who, customer, assigned, expected) => {
    expect(canSeeCustomer(who, customer, assigned)).toBe(expected);
  });
});

describe('canWorkOnCustomer', () => {
  it('keeps service staff from logging sales work even on customers they can see', () => {
    expect(canWorkOnCustomer(actor('service', 7), owned(null, null))).toBe(false);
    expect(canWorkOnCustomer(actor('rep', 1), owned(null, null))).toBe(true);
  });
});

describe('canChangeFollowUp', () => {
  it.each([
    ['the assignee', actor('rep', 1), true],
    ['a teammate', actor('rep', 2), false],
    ['their manager', actor('manager', 5), true],
    ["another team's manager", actor('manager', 6, 11), false],
    ['an admin', actor('admin', 9, null), true],
    ['service', actor('service', 7), false],
  ])('%s → %s', (_label, who, expected) => {
    expect(canChangeFollowUp(who, { id: 1, teamId: 10 })).toBe(expected);
  });
});
