import { DateTime } from 'luxon';
import { readDates } from './read-dates.ts';

const english = ['d MMMM yyyy', 'd MMM yyyy', 'MMMM d yyyy', 'MMM d yyyy'];

/**
 * The day money falls due, as YYYY-MM-DD: 2025-06-01, 2025/6/1, 2025年6月1日, 6月1日 (this year),
 * "June 1, 2025", "1 Jun 2025", 月底, 下周五. The whole text must be the day; anything else (an impossible day, a
 * word) is null, and the caller says it cannot read it rather than guess.
 */
export function readDueDay(text: string, wallNow: DateTime): string | null {
  const day = text
    .trim()
    .replace(/[\s,，。.!！]+$/, '')
    .replace(/^(?:on|by)\s+/i, '');
  const zone = wallNow.zone;
  const numeric = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*[日号]?$/.exec(day);
  if (numeric)
    return valid(
      DateTime.fromObject({ year: +numeric[1]!, month: +numeric[2]!, day: +numeric[3]! }, { zone }),
    );
  const monthDay = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/.exec(day);
  if (monthDay)
    return valid(
      DateTime.fromObject({ year: wallNow.year, month: +monthDay[1]!, day: +monthDay[2]! }, { zone }),
    );
  if (/^(?:今天|今日|today)$/i.test(day)) return wallNow.toISODate();
  // 月底, 下周五, next Friday: a day said relative to today, when the words are that day and nothing else.
  const [said, ...more] = readDates(day, wallNow);
  if (said && more.length === 0 && said.start === 0 && said.end === day.length && !said.weekdayOnly)
    return valid(DateTime.fromObject({ year: said.year, month: said.month, day: said.day }, { zone }));
  const words = day
    .replace(/,/g, ' ')
    .replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1')
    .replace(/\s+/g, ' ');
  for (const format of english) {
    const parsed = DateTime.fromFormat(words, format, { zone, locale: 'en' });
    if (parsed.isValid) return parsed.toISODate();
  }
  return null;
}

function valid(date: DateTime): string | null {
  return date.isValid ? date.toISODate() : null;
}
