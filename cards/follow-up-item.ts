import type { BadMark } from '../src/domain/grading/bad-reason.ts';

/** A follow-up as the follow-up cards show it. */
export interface FollowUpItem {
  id: number;
  customer: string;
  /** Set when the customer is flagged bad: the customer is shown with the warning. */
  customerBad?: BadMark | null;
  title: string;
  dueAt: Date;
  hasTime: boolean;
}
