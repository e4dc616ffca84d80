import type { Severity } from '../vocabulary.ts';
import {
  type DeadlinePolicy,
  type DurationText,
  readDuration,
  toCalendarMinutes,
} from './deadline-policy.ts';
import { addWorkingDays, addWorkingMinutes, type WorkingCalendar } from './working-time.ts';

const minute = 60_000;

/**
 * When a complaint filed at `filedAt` must be acknowledged and resolved. With a working calendar the
 * clock only runs in working hours on working days; without one it runs around the clock.
 */
export function planComplaintDeadlines(
  severity: Severity,
  filedAt: Date,
  policy: DeadlinePolicy,
  calendar: WorkingCalendar | null,
): { ackDueAt: Date; resolveDueAt: Date } {
  const { acknowledge, resolve } = policy[severity];
  return {
    ackDueAt: addDuration(filedAt, acknowledge, calendar),
    resolveDueAt: addDuration(filedAt, resolve, calendar),
  };
}

function addDuration(from: Date, text: DurationText, calendar: WorkingCalendar | null): Date {
  const duration = readDuration(text);
  if (!duration) throw new Error(`not a duration: ${text}`);
  if (!calendar) return new Date(from.getTime() + toCalendarMinutes(duration) * minute);
  return duration.unit === 'day'
    ? addWorkingDays(from, duration.amount, calendar)
    : addWorkingMinutes(from, toCalendarMinutes(duration), calendar);
}
