import chineseDays from 'chinese-days';
import { DateTime } from 'luxon';
import { z } from 'zod';

/** Working hours on a working day, as minutes after midnight in the workspace zone. */
export interface WorkingHours {
  start: number;
  end: number;
}

/**
 * Which days are worked: mainland China's (public holidays off, make-up days 调休 worked, from
 * chinese-days) or plain Monday–Friday for teams outside China. The `calendar.working_days` setting.
 */
export const workingDaysSchema = z.enum(['CN', 'weekdays']);
export type WorkingDays = z.infer<typeof workingDaysSchema>;
export const defaultWorkingDays: WorkingDays = 'CN';

export interface WorkingCalendar {
  timeZone: string;
  hours: WorkingHours;
  days: WorkingDays;
}

export const defaultWorkingHours: WorkingHours = { start: 9 * 60, end: 18 * 60 };

const clockPattern = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** The `complaints.working_time` setting: off, on (09:00–18:00), or on with its own hours. */
export const workingTimeSettingSchema = z.union([
  z.boolean(),
  z.object({ start: z.string().regex(clockPattern), end: z.string().regex(clockPattern) }),
]);
export type WorkingTimeSetting = z.infer<typeof workingTimeSettingSchema>;

export function toWorkingHours(setting: WorkingTimeSetting): WorkingHours | null {
  if (setting === false) return null;
  if (setting === true) return defaultWorkingHours;
  const hours = { start: readClock(setting.start)!, end: readClock(setting.end)! };
  return hours.start < hours.end ? hours : defaultWorkingHours;
}

/** "09:00" → 540; null when it is not a time of day. */
export function readClock(text: string): number | null {
  const match = clockPattern.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

// Chinese public holidays are days off and make-up working days (调休) are worked, weekend or not;
// years chinese-days has no data for fall back to Monday–Friday (findCalendarGap warns of them).
function isWorkingDay(day: DateTime, days: WorkingDays): boolean {
  return days === 'CN' ? chineseDays.isWorkday(day.toISODate()!) : day.weekday <= 5;
}

const searchLimitDays = 3660;

/** The first working instant at or after `at`: itself when it falls inside working hours. */
function nextWorkingInstant(at: DateTime, { hours, days }: WorkingCalendar): DateTime {
  let day = at.startOf('day');
  for (let i = 0; i < searchLimitDays; i++) {
    if (isWorkingDay(day, days)) {
      const start = day.plus({ minutes: hours.start });
      if (at < day.plus({ minutes: hours.end })) return at < start ? start : at;
    }
    day = day.plus({ days: 1 });
  }
  throw new Error('no working day within ten years');
}

/** `minutes` of working time after `from`: time outside working hours and days off does not count. */
export function addWorkingMinutes(from: Date, minutes: number, calendar: WorkingCalendar): Date {
  let at = nextWorkingInstant(DateTime.fromJSDate(from, { zone: calendar.timeZone }), calendar);
  let left = minutes;
  for (;;) {
    const end = at.startOf('day').plus({ minutes: calendar.hours.end });
    const available = end.diff(at, 'minutes').minutes;
    if (left <= available) return at.plus({ minutes: left }).toJSDate();
    left -= available;
    at = nextWorkingInstant(end, calendar);
  }
}

/** `days` working days after `from`, at the same time of day (counted from the next working instant). */
export function addWorkingDays(from: Date, days: number, calendar: WorkingCalendar): Date {
  const at = nextWorkingInstant(DateTime.fromJSDate(from, { zone: calendar.timeZone }), calendar);
  let day = at.startOf('day');
  for (let left = days; left > 0; ) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(day, calendar.days)) left--;
  }
  return day.plus({ minutes: at.hour * 60 + at.minute, seconds: at.second }).toJSDate();
}
