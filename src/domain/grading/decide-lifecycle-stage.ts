import { daysSince, type SalesSummary } from './summarize-sales.ts';

/** 获取期 / 提升期 / 成熟期 / 衰退期 / 离开期, stored by these codes. */
export const lifecycleStages = ['acquisition', 'growth', 'maturity', 'decline', 'lost'] as const;
export type LifecycleStage = (typeof lifecycleStages)[number];

export function isLifecycleStage(value: string | null | undefined): value is LifecycleStage {
  return (lifecycleStages as readonly (string | null | undefined)[]).includes(value);
}

/** A drop below 70% of the year before is decline; more than 130% of it is growth. */
const declineRatio = 0.7;
const growthRatio = 1.3;

/**
 * 客户生命周期, the first rule that holds:
 * 1. never bought: 获取期 (acquisition) while in contact within a year; a prospect silent for a year
 *    (and on file for over a year) is 离开期 (lost);
 * 2. last sale over 365 days ago: 离开期 (lost);
 * 3. last sale over 180 days ago, or the trailing 12 months below 70% of the 12 before: 衰退期 (decline);
 * 4. first sale within the last 365 days (a new buyer), or the trailing 12 months above 130% of the 12
 *    before: 提升期 (growth);
 * 5. otherwise, buying steadily for over a year: 成熟期 (maturity).
 */
export function decideLifecycleStage(
  summary: SalesSummary,
  customer: { lastContactAt: Date | null; createdAt: Date },
  now: Date,
): LifecycleStage {
  if (!summary.lastSaleOn || !summary.firstSaleOn) {
    const lastTouch = customer.lastContactAt ?? customer.createdAt;
    return daysSince(lastTouch, now) > 365 && daysSince(customer.createdAt, now) > 365
      ? 'lost'
      : 'acquisition';
  }
  const sinceLastSale = daysSince(summary.lastSaleOn, now);
  if (sinceLastSale > 365) return 'lost';
  const { trailingCents, priorCents } = summary;
  if (sinceLastSale > 180 || (priorCents > 0 && trailingCents < priorCents * declineRatio)) return 'decline';
  if (daysSince(summary.firstSaleOn, now) <= 365 || trailingCents > priorCents * growthRatio) return 'growth';
  return 'maturity';
}
