import { describe, expect, it } from 'vitest';
import { defaultGradeThresholds } from '../../../src/domain/grading/grade-by-sales.ts';
import { scoreRfm } from '../../../src/domain/grading/score-rfm.ts';
import { summarizeSales } from '../../../src/domain/grading/summarize-sales.ts';

const now = new Date('2026-11-23T02:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const wan = (n: number) => n * 10_000 * 100;
const sales = (...list: [days: number, wanAmount: number][]) => ({
  recent: list.map(([days, amount]) => ({ occurredOn: daysAgo(days), amountCents: wan(amount) })),
  firstSaleOn: list.length ? daysAgo(Math.max(...list.map(([d]) => d))) : null,
  lastSaleOn: list.length ? daysAgo(Math.min(...list.map(([d]) => d))) : null,
});
const monthly = (count: number, amount: number) =>
  sales(...Array.from({ length: count }, (_, i): [number, number] => [10 + i * 29, amount]));

describe('scoreRfm', () => {
  it.each([
    ['a monthly buyer of ¥10万 a month', monthly(12, 10), { recency: 5, frequency: 5, monetary: 5 }],
    ['six orders of ¥6万, the last 10 days ago', monthly(6, 6), { recency: 5, frequency: 4, monetary: 4 }],
    ['one ¥8万 order 100 days ago', sales([100, 8]), { recency: 3, frequency: 2, monetary: 3 }],
    ['one ¥1万 order 200 days ago', sales([200, 1]), { recency: 2, frequency: 2, monetary: 2 }],
    [
      'three small orders 60 to 80 days ago',
      sales([60, 1], [70, 1], [80, 1]),
      { recency: 4, frequency: 3, monetary: 2 },
    ],
    ['a last order 400 days ago', sales([400, 500]), { recency: 1, frequency: 1, monetary: 1 }],
    ['never bought', sales(), { recency: 1, frequency: 1, monetary: 1 }],
  ])('%s → %o', (_label, history, expected) => {
    expect(scoreRfm(summarizeSales(history, now), now, defaultGradeThresholds)).toEqual(expected);
  });
});
