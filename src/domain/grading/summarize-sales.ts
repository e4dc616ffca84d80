export interface SalesHistory {
  /** Sales of the last two years: enough for the trailing 12 months and the 12 before them. */
  recent: { amountCents: number; occurredOn: Date }[];
  /** The first and last sale ever, however old. */
  firstSaleOn: Date | null;
  lastSaleOn: Date | null;
}

export interface SalesSummary {
  /** Sales in the trailing 12 months (the 365 days up to now). */
  trailingCents: number;
  trailingCount: number;
  /** Sales in the 12 months before those, to tell growth from decline. */
  priorCents: number;
  firstSaleOn: Date | null;
  lastSaleOn: Date | null;
}

export const day = 24 * 60 * 60 * 1000;
export const year = 365 * day;

/** Sums a customer's sales into the two 12-month windows every grading rule reads. */
export function summarizeSales(history: SalesHistory, now: Date): SalesSummary {
  const trailingFrom = now.getTime() - year;
  const priorFrom = trailingFrom - year;
  let trailingCents = 0;
  let trailingCount = 0;
  let priorCents = 0;
  for (const sale of history.recent) {
    const at = sale.occurredOn.getTime();
    if (at > trailingFrom) {
      trailingCents += sale.amountCents;
      trailingCount += 1;
    } else if (at > priorFrom) {
      priorCents += sale.amountCents;
    }
  }
  return {
    trailingCents,
    trailingCount,
    priorCents,
    firstSaleOn: history.firstSaleOn,
    lastSaleOn: history.lastSaleOn,
  };
}

/** Whole days from `from` to `now`, never negative. */
export function daysSince(from: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - from.getTime()) / day));
}
