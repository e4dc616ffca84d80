import { describe, expect, it } from 'vitest';
import { parseAt } from './parse-at.ts';

// Fixed clock: Monday 2026-11-23 10:00 Asia/Shanghai.

describe('arrears and payment commands', () => {
  it.each([
    [
      '华为 欠款 30万 到期 2025-06-01',
      {
        intent: 'record_arrears',
        customer: '华为',
        amountCents: 30_000_000,
        dueOn: '2025-06-01',
        dueText: null,
      },
    ],
    [
      '欠款 华为 30万 到期 2025年6月1日',
      {
        intent: 'record_arrears',
        customer: '华为',
        amountCents: 30_000_000,
        dueOn: '2025-06-01',
        dueText: null,
      },
    ],
    [
      '华为 欠款 30万 2025-06-01到期',
      {
        intent: 'record_arrears',
        customer: '华为',
        amountCents: 30_000_000,
        dueOn: '2025-06-01',
        dueText: null,
      },
    ],
    [
      'Acme owes 50k due 2025-06-01',
      {
        intent: 'record_arrears',
        customer: 'Acme',
        amountCents: 5_000_000,
        dueOn: '2025-06-01',
        dueText: null,
      },
    ],
    [
      'Acme Corp owes us $50,000, due June 1, 2025',
      {
        intent: 'record_arrears',
        customer: 'Acme Corp',
        amountCents: 5_000_000,
        dueOn: '2025-06-01',
        dueText: null,
      },
    ],
    [
      '华为 欠款 到期 2025-06-01',
      { intent: 'record_arrears', customer: '华为', amountCents: null, dueOn: '2025-06-01', dueText: null },
    ],
    [
      '华为 欠款 30万 到期 2025-02-30',
      {
        intent: 'record_arrears',
        customer: '华为',
        amountCents: 30_000_000,
        dueOn: null,
        dueText: '2025-02-30',
      },
    ],
    [
      '华为 回款 30万',
      {
        intent: 'record_payment',
        customer: '华为',
        amountCents: 30_000_000,
        settle: false,
        paidOn: '2026-11-23',
      },
    ],
    [
      '华为 昨天回款 30万',
      {
        intent: 'record_payment',
        customer: '华为',
        amountCents: 30_000_000,
        settle: false,
        paidOn: '2026-11-22',
      },
    ],
    [
      'Acme paid 50k',
      {
        intent: 'record_payment',
        customer: 'Acme',
        amountCents: 5_000_000,
        settle: false,
        paidOn: '2026-11-23',
      },
    ],
    [
      'Acme paid in full',
      { intent: 'record_payment', customer: 'Acme', amountCents: null, settle: true, paidOn: '2026-11-23' },
    ],
  ])('reads 「%s」', (text, command) => {
    const result = parseAt(text);
    expect(result.command).toEqual(command);
    expect(result.intent).toBe(command.intent);
    expect(result.customer).toBe(command.customer);
  });

  it.each([
    '拜访华为，张总说欠款下月还',
    '华为欠我们一个报价',
    '付款流程有问题',
    'we owe Acme a demo next week',
  ])('leaves 「%s」 to the other rules', (text) => {
    expect(parseAt(text).intent).not.toMatch(/^record_(arrears|payment)$/);
  });

  it('keeps the parse contract: only the customer is filled in besides the intent', () => {
    const result = parseAt('华为 欠款 30万 到期 2025-06-01');
    expect(result).toMatchObject({
      contact: null,
      occurredAt: null,
      followUpAt: null,
      summary: null,
      competitor: null,
      complaint: null,
    });
  });
});
