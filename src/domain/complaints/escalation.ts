export type MissedDeadline = 'acknowledge' | 'resolve';

export interface DeadlineState {
  status: string;
  ackDueAt: Date;
  resolveDueAt: Date;
  acknowledgedAt: Date | null;
}

/** The highest escalation level: the owner's manager, then one level above. */
export const topEscalationLevel = 2;

/**
 * The deadlines an open complaint has missed by `now`: acknowledging (not acknowledged by its
 * deadline, late counts) and resolving. Resolved and closed complaints miss nothing.
 */
export function findMissedDeadlines(complaint: DeadlineState, now: Date): MissedDeadline[] {
  if (complaint.status !== 'open' && complaint.status !== 'acknowledged') return [];
  const missed: MissedDeadline[] = [];
  const acknowledged = complaint.acknowledgedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (now >= complaint.ackDueAt && acknowledged > complaint.ackDueAt.getTime()) missed.push('acknowledge');
  if (now >= complaint.resolveDueAt) missed.push('resolve');
  return missed;
}

/**
 * How far up a complaint should be by now: each missed deadline is one level, so a complaint nobody
 * acknowledged reaches the manager, and one that then also misses its resolution goes one level up.
 */
export function dueEscalationLevel(complaint: DeadlineState, now: Date): number {
  return Math.min(topEscalationLevel, findMissedDeadlines(complaint, now).length);
}
