import { DateTime } from 'luxon';
import type { Span } from './text-span.ts';

type DayReader = [pattern: RegExp, read: (hit: RegExpExecArray, today: DateTime) => DateTime | null];

// A month means its last day, or today for the current month: the sale then counts in the trailing 12
// months for as long as it possibly can, and never lies in the future.
const readers: DayReader[] = [
  [/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/, (hit, today) => on(today, +hit[1]!, +hit[2]!, +hit[3]!)],
  [
    /(\d{1,2})月(\d{1,2})[日号]/,
    (hit, today) => inPastYear(today, on(today, today.year, +hit[1]!, +hit[2]!)),
  ],
  [/本月|这个月|当月|\bthis month\b/i, (_hit, today) => today],
  [/上个?月|\blast month\b/i, (_hit, today) => today.startOf('month').minus({ days: 1 })],
  [/今天|今日|\btoday\b/i, (_hit, today) => today],
  [/昨天|昨日|\byesterday\b/i, (_hit, today) => today.minus({ days: 1 })],
  [
    /(\d{1,2})月份?/,
    (hit, today) => {
      const month = +hit[1]!;
      if (month < 1 || month > 12) return null;
      if (month === today.month) return today;
      const year = month < today.month ? today.year : today.year - 1;
      return today.set({ year, month, day: 1 }).endOf('month').startOf('day');
    },
  ],
];

/**
 * The day a sale closed, from 本月 / 上月 / 今天 / 昨天 / 11月5日 / 2026-11-05 / this month / last month
 * / yesterday, as YYYY-MM-DD in the workspace zone. Null when the text names no day.
 */
export function readSaleDay(text: string, wallNow: DateTime): { day: string; span: Span } | null {
  const today = wallNow.startOf('day');
  for (const [pattern, read] of readers) {
    const hit = pattern.exec(text);
    if (!hit) continue;
    const found = read(hit, today);
    if (!found?.isValid) return null;
    return { day: found.toISODate()!, span: { start: hit.index, end: hit.index + hit[0].length } };
  }
  return null;
}

/** An impossible day (2月30日) comes back invalid, and the reader answers null. */
function on(today: DateTime, year: number, month: number, day: number): DateTime {
  return DateTime.fromObject({ year, month, day }, { zone: today.zone });
}

/** 11月5日 without a year: this year's, or last year's when this year's is still to come. */
function inPastYear(today: DateTime, date: DateTime): DateTime {
  return date > today ? date.minus({ years: 1 }) : date;
}
