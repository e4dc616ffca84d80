import type { Severity } from './vocabulary.ts';

const minute = 60_000;
const hour = 60 * minute;

/** Defaults until the complaint workflow makes them configurable: acknowledge / resolve within. */
export const complaintDeadlines: Record<Severity, { acknowledgeMs: number; resolveMs: number }> = {
  urgent: { acknowledgeMs: 30 * minute, resolveMs: 4 * hour },
  high: { acknowledgeMs: 2 * hour, resolveMs: 24 * hour },
  normal: { acknowledgeMs: 8 * hour, resolveMs: 72 * hour },
  low: { acknowledgeMs: 24 * hour, resolveMs: 7 * 24 * hour },
};

export function planComplaintDeadlines(
  severity: Severity,
  filedAt: Date,
): { ackDueAt: Date; resolveDueAt: Date } {
  const { acknowledgeMs, resolveMs } = complaintDeadlines[severity];
  return {
    ackDueAt: new Date(filedAt.getTime() + acknowledgeMs),
    resolveDueAt: new Date(filedAt.getTime() + resolveMs),
  };
}
