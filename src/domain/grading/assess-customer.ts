import { decideLifecycleStage, type LifecycleStage } from './decide-lifecycle-stage.ts';
import { type Grade, type GradeThresholds, gradeBySales } from './grade-by-sales.ts';
import { type RfmScores, scoreRfm } from './score-rfm.ts';
import { type SalesHistory, summarizeSales } from './summarize-sales.ts';

export interface CustomerAssessment {
  /**
   * The grade the sales earn; null for a customer with no sale on record, who keeps the grade given by
   * hand or by an import until the first sale comes in (grading them all D would erase that judgement).
   */
  grade: Grade | null;
  rfm: RfmScores;
  lifecycleStage: LifecycleStage;
  trailingCents: number;
}

/** Grade, RFM and lifecycle stage of one customer, as the nightly grading job recomputes them. */
export function assessCustomer(
  history: SalesHistory,
  customer: { lastContactAt: Date | null; createdAt: Date },
  now: Date,
  thresholds: GradeThresholds,
): CustomerAssessment {
  const summary = summarizeSales(history, now);
  return {
    grade: history.lastSaleOn ? gradeBySales(summary.trailingCents, thresholds) : null,
    rfm: scoreRfm(summary, now, thresholds),
    lifecycleStage: decideLifecycleStage(summary, customer, now),
    trailingCents: summary.trailingCents,
  };
}
