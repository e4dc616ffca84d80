import chineseDays from 'chinese-days';
import { DateTime } from 'luxon';
import type { WorkingDays } from './working-time.ts';

/** How far ahead deadlines are planned: the calendar should know every holiday in it. */
export const calendarHorizonDays = 60;

// chinese-days ships each year's holidays once the State Council publishes them; a year it has no data
// for has no holiday on a weekday (every real year has National Day), and counts as plain Monday–Friday.
const hasHolidayData = (year: number) =>
  chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;

/**
 * The days of the coming `calendarHorizonDays` the working-day calendar knows no holidays for
 * ({ from, to } as ISO days in the workspace zone), or null when it covers them all. A plain
 * Monday–Friday calendar has no holidays to miss.
 */
export function findCalendarGap(
  days: WorkingDays,
  now: Date,
  timeZone: string,
): { from: string; to: string } | null {
  if (days !== 'CN') return null;
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const last = today.plus({ days: calendarHorizonDays });
  for (let year = today.year; year <= last.year; year++) {
    if (hasHolidayData(year)) continue;
    const from =
      year === today.year ? today : DateTime.fromObject({ year, month: 1, day: 1 }, { zone: timeZone });
    return { from: from.toISODate()!, to: last.toISODate()! };
  }
  return null;
}
