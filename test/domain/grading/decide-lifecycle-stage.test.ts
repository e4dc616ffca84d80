import { describe, expect, it } from 'vitest';
import { assessCustomer } from '../../../src/domain/grading/assess-customer.ts';
import { decideLifecycleStage } from '../../../src/domain/grading/decide-lifecycle-stage.ts';
import { defaultGradeThresholds } from '../../../src/domain/grading/grade-by-sales.ts';
import { type SalesHistory, summarizeSales } from '../../../src/domain/grading/summarize-sales.ts';

const now = new Date('2026-11-23T02:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const wan = (n: number) => n * 10_000 * 100;
function history(list: [days: number, wanAmount: number][], firstDaysAgo?: number): SalesHistory {
  return {
    recent: list
      .filter(([days]) => days <= 730)
      .map(([days, a]) => ({ occurredOn: daysAgo(days), amountCents: wan(a) })),
    firstSaleOn: list.length ? daysAgo(firstDaysAgo ?? Math.max(...list.map(([d]) => d))) : null,
    lastSaleOn: list.length ? daysAgo(Math.min(...list.map(([d]) => d))) : null,
  };
}
const onFile = (createdDaysAgo: number, contactDaysAgo: number | null) => ({
  createdAt: daysAgo(createdDaysAgo),
  lastContactAt: contactDaysAgo === null ? null : daysAgo(contactDaysAgo),
});

describe('decideLifecycleStage', () => {
  it.each([
    ['a prospect in touch last month: 获取期', history([]), onFile(400, 30), 'acquisition'],
    ['a prospect added last week, never contacted: 获取期', history([]), onFile(7, null), 'acquisition'],
    ['a prospect silent for over a year: 离开期', history([]), onFile(800, 500), 'lost'],
    ['a first sale three months ago: 提升期', history([[90, 20]]), onFile(200, 10), 'growth'],
    [
      'buying for years, this year 50% more: 提升期',
      history(
        [
          [30, 30],
          [400, 20],
        ],
        1000,
      ),
      onFile(1200, 5),
      'growth',
    ],
    [
      'buying for years, steady: 成熟期',
      history(
        [
          [30, 20],
          [200, 20],
          [400, 20],
          [600, 20],
        ],
        1000,
      ),
      onFile(1200, 5),
      'maturity',
    ],
    [
      'this year under 70% of the last: 衰退期',
      history(
        [
          [30, 10],
          [400, 30],
        ],
        1000,
      ),
      onFile(1200, 5),
      'decline',
    ],
    [
      'no sale for 200 days: 衰退期',
      history(
        [
          [200, 50],
          [400, 50],
        ],
        1000,
      ),
      onFile(1200, 5),
      'decline',
    ],
    ['no sale for 400 days: 离开期', history([[400, 80]], 1000), onFile(1200, 5), 'lost'],
  ])('%s', (_label, sales, customer, stage) => {
    expect(decideLifecycleStage(summarizeSales(sales, now), customer, now)).toBe(stage);
  });
});

describe('assessCustomer', () => {
  it('grades from the trailing 12 months only: last year’s ¥300万 order no longer makes it an A', () => {
    const assessed = assessCustomer(
      history(
        [
          [30, 20],
          [400, 300],
        ],
        1000,
      ),
      onFile(1200, 5),
      now,
      defaultGradeThresholds,
    );
    expect(assessed.grade).toBe('C');
    expect(assessed.trailingCents).toBe(wan(20));
    expect(assessed.lifecycleStage).toBe('decline');
  });

  it('leaves the grade of a customer with no sale on record alone', () => {
    expect(assessCustomer(history([]), onFile(30, 3), now, defaultGradeThresholds).grade).toBeNull();
  });
});
