import { addWorkingDays, defaultWorkingHours, type WorkingDays } from '../complaints/working-time.ts';

export const minutesConfirmWorkingDays = 2;

/**
 * When minutes must be confirmed by: two working days after they were drafted, in the workspace's
 * working-day calendar (with CN, public holidays off and make-up working days 调休 worked).
 */
export function minutesDueAt(draftedAt: Date, timeZone: string, days: WorkingDays): Date {
  return addWorkingDays(draftedAt, minutesConfirmWorkingDays, { timeZone, hours: defaultWorkingHours, days });
}
