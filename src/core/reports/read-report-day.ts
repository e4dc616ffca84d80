import { DateTime } from 'luxon';

export type ReportDayReading =
  | { kind: 'day'; day: string }
  | { kind: 'future'; day: string }
  | { kind: 'unreadable' };

const relative: [RegExp, number][] = [
  [/大前天|three days ago/i, -3],
  [/前天|day before yesterday/i, -2],
  [/昨天|昨日|yesterday/i, -1],
  [/后天|day after tomorrow/i, 2],
  [/明天|明日|tomorrow/i, 1],
];

/**
 * Which day a report is asked for: today unless the text names another (昨天的日报, report for
 * yesterday, 2026-11-20, 11月20日). A day after today is `future`, for the caller to refuse.
 */
export function readReportDay(text: string, now: Date, timeZone: string): ReportDayReading {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  let day: DateTime | null = null;
  const iso = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(text);
  const monthDay = /(\d{1,2})月(\d{1,2})[日号]/.exec(text);
  if (iso) {
    day = DateTime.fromObject({ year: +iso[1]!, month: +iso[2]!, day: +iso[3]! }, { zone: timeZone });
  } else if (monthDay) {
    day = DateTime.fromObject(
      { year: today.year, month: +monthDay[1]!, day: +monthDay[2]! },
      { zone: timeZone },
    );
  } else {
    // In order: 大前天 before 前天, "day before yesterday" before "yesterday".
    const hit = relative.find(([pattern]) => pattern.test(text));
    day = today.plus({ days: hit ? hit[1] : 0 });
  }
  if (!day.isValid) return { kind: 'unreadable' };
  const value = day.toISODate()!;
  return day > today ? { kind: 'future', day: value } : { kind: 'day', day: value };
}
