import type { GradeThresholds } from './grade-by-sales.ts';
import { daysSince, type SalesSummary } from './summarize-sales.ts';

/** RFM scores, 1 (worst) to 5 (best). */
export interface RfmScores {
  recency: number;
  frequency: number;
  monetary: number;
}

// Recency: days since the last sale. Quarterly and half-yearly buyers are common in B2B, hence the wide bands.
const recencyBands: [maxDays: number, score: number][] = [
  [30, 5],
  [90, 4],
  [180, 3],
  [365, 2],
];
// Frequency: sales in the trailing 12 months; monthly buyers score 5.
const frequencyBands: [minCount: number, score: number][] = [
  [12, 5],
  [6, 4],
  [3, 3],
  [1, 2],
];

/**
 * RFM (最近一次消费 / 消费频率 / 消费金额), recomputed nightly:
 * - R: last sale within 30 days 5, 90 days 4, 180 days 3, 365 days 2, older or never 1;
 * - F: sales in the trailing 12 months: 12+ → 5, 6+ → 4, 3+ → 3, 1+ → 2, none → 1;
 * - M: trailing-12-month amount against the grade thresholds, so one setting drives both: at or above
 *   A → 5, B → 4, C → 3, anything → 2, nothing → 1.
 */
export function scoreRfm(summary: SalesSummary, now: Date, thresholds: GradeThresholds): RfmScores {
  const days = summary.lastSaleOn ? daysSince(summary.lastSaleOn, now) : Number.POSITIVE_INFINITY;
  const recency = recencyBands.find(([maxDays]) => days <= maxDays)?.[1] ?? 1;
  const frequency = frequencyBands.find(([minCount]) => summary.trailingCount >= minCount)?.[1] ?? 1;
  const yuan = summary.trailingCents / 100;
  const monetary =
    yuan >= thresholds.A ? 5 : yuan >= thresholds.B ? 4 : yuan >= thresholds.C ? 3 : yuan > 0 ? 2 : 1;
  return { recency, frequency, monetary };
}
