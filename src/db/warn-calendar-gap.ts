import { findCalendarGap } from '../domain/complaints/find-calendar-gap.ts';
import type { Logger } from '../logger.ts';
import type { Db } from './client.ts';
import { readWorkingDays, workingDaysKey } from './working-days.ts';

/**
 * At start: warns the operator when the working-day calendar has no holiday data for part of the
 * coming weeks, since deadlines would then silently count public holidays as working days.
 */
export async function warnOfCalendarGap(db: Db, logger: Logger, now: Date, timeZone: string): Promise<void> {
  const calendar = await readWorkingDays(db);
  const gap = findCalendarGap(calendar, now, timeZone);
  if (!gap) return;
  logger.warn(
    { calendar, uncoveredFrom: gap.from, uncoveredTo: gap.to, setting: workingDaysKey },
    'the working-day calendar has no Chinese public holidays for these days: they count as Monday–Friday until chinese-days is updated (npm update chinese-days), or set calendar.working_days to "weekdays"',
  );
}
