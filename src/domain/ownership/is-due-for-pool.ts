import { z } from 'zod';
import { type GradeDays, gradeDaysSchema } from '../grading/grade-days.ts';

/**
 * How many days without a contact or a follow-up a customer of each grade may go before it returns to
 * the public pool (公海); the `pool.return_after_days` setting. Better customers come back sooner:
 * letting an A account sit idle costs the most.
 */
export const poolLimitsSchema = gradeDaysSchema;
export type PoolLimits = GradeDays;
export const defaultPoolLimits: PoolLimits = { A: 30, B: 45, C: 60, D: 90 };
export const poolLimitsKey = 'pool.return_after_days';

/** How many customers one person may claim from the pool a day (setting `pool.claim_limit_per_day`). */
export const claimLimitSchema = z.number().int().nonnegative();
export const defaultClaimLimit = 5;
export const claimLimitKey = 'pool.claim_limit_per_day';

const day = 24 * 60 * 60 * 1000;

/** A grade's limit; a customer without a grade gets the most lenient one, D's. */
export function poolLimitFor(grade: string | null, limits: PoolLimits): number {
  return grade === 'A' || grade === 'B' || grade === 'C' ? limits[grade] : limits.D;
}

/**
 * Whether an owned customer returns to the pool tonight: its last activity (the latest of contact,
 * follow-up work, getting its current owner, or creation) is older than its grade's limit.
 */
export function isDueForPool(
  customer: { grade: string | null; lastActivityAt: Date },
  limits: PoolLimits,
  now: Date,
): boolean {
  return now.getTime() - customer.lastActivityAt.getTime() > poolLimitFor(customer.grade, limits) * day;
}
