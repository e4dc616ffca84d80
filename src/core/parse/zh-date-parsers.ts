import type { Parser, Refiner } from 'chrono-node';
import { DateTime } from 'luxon';
import { dayComponents, findMonday, readToday } from './date-parser-kit.ts';
import { chineseNumberChars, readChineseNumber } from './read-chinese-number.ts';

// Custom chrono parsers for what chrono's zh.hans leaves out or reads with Sunday-first weeks. They run
// on simplified text (traditional is converted first) and win over chrono's own result for the same
// words because they come first and chrono keeps the earlier of two equally long matches.

const weekShifts: Record<string, number> = { 上上: -2, 上: -1, 这: 0, 本: 0, 下: 1, 下下: 2 };
const isoWeekdays: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const monthShifts: Record<string, number> = { 上: -1, 这: 0, 本: 0, 下: 1, 下下: 2 };

/**
 * 下周二, 这周五, 本周四, 下下周三, 上周五 with Monday-first weeks (chrono reads 下周日 said on a Monday
 * as six days later). 下周 alone is the Monday it starts with; 周末 the Saturday; 本周内 the Friday.
 * A bare weekday (周五) is left to chrono, and the caller moves it to the right side of today.
 */
const relativeWeekParser: Parser = {
  pattern: () => /(上上|下下|上|下|这|本)?个?(?:周|星期|礼拜)(?:([一二三四五六日天])|(末)|(内))?/,
  extract: (context, match) => {
    const [, prefix, weekday, weekend, within] = match;
    if (prefix === undefined && weekend === undefined) return null;
    const monday = findMonday(readToday(context), weekShifts[prefix ?? '本'] ?? 0);
    if (weekday) return dayComponents(monday.plus({ days: (isoWeekdays[weekday] ?? 1) - 1 }));
    if (weekend) return dayComponents(monday.plus({ days: 5 }));
    if (within) return dayComponents(monday.plus({ days: 4 }));
    // 这周 / 上周 alone name no day (本周跟进 lists a range); only a coming week has an obvious start.
    return prefix === '下' || prefix === '下下' ? dayComponents(monday) : null;
  },
};

/** 两周后, 3周后, 三个星期之后 — chrono knows 星期 and 礼拜 but not 周. */
const weeksLaterParser: Parser = {
  pattern: () => new RegExp(`(\\d+|[${chineseNumberChars}]+)\\s*个?(?:周|星期|礼拜)(?:之|以)?后`),
  extract: (context, match) => {
    const weeks = readChineseNumber(match[1] ?? '');
    return weeks === null ? null : dayComponents(readToday(context).plus({ weeks }));
  },
};

/**
 * 月底, 月底前, 月初, 下个月初, 下月初, 本月中, 12月底, 下个月. 月初 alone said after the 1st means the
 * coming start of a month (月中 likewise); 月底 alone is this month's last day. 下个月 alone keeps
 * today's day of the month, as chrono does for "next month".
 */
const monthPartParser: Parser = {
  pattern: () => /(?:(上|下下|下|这|本)个?|(\d{1,2}|[一二三四五六七八九十]{1,3}))?月(初|底|末|中)?/,
  extract: (context, match) => {
    const [, prefix, number, part] = match;
    const today = readToday(context);
    if (number !== undefined) {
      const month = readChineseNumber(number);
      if (part === undefined || month === null || month < 1 || month > 12) return null;
      const first = DateTime.utc(today.year, month, 1);
      // The year is left implied so the closest-year refiner can place 1月底 said in November.
      return context
        .createParsingComponents({ month, day: pickDayOfMonth(first, part) })
        .imply('year', today.year);
    }
    if (prefix !== undefined) {
      const shifted = today.plus({ months: monthShifts[prefix] ?? 0 });
      if (part === undefined) return prefix === '本' || prefix === '这' ? null : dayComponents(shifted);
      return dayComponents(shifted.set({ day: pickDayOfMonth(shifted, part) }));
    }
    if (part === undefined) return null;
    const rollOver = (part === '初' && today.day > 1) || (part === '中' && today.day > 15);
    const month = rollOver ? today.plus({ months: 1 }) : today;
    return dayComponents(month.set({ day: pickDayOfMonth(month, part) }));
  },
};

/** 年底, 年初, 明年初, 2027年底. 年初 alone said after February means next year's. */
const yearPartParser: Parser = {
  pattern: () => /(?:(今|明|去)|(\d{4}))?年(初|底|末)/,
  extract: (context, match) => {
    const [, relative, number, part] = match;
    const today = readToday(context);
    let year = number ? Number(number) : today.year + (relative === '明' ? 1 : relative === '去' ? -1 : 0);
    if (!relative && !number && part === '初' && today.month > 2) year += 1;
    return part === '初'
      ? dayComponents(DateTime.utc(year, 1, 1))
      : dayComponents(DateTime.utc(year, 12, 31));
  },
};

function pickDayOfMonth(month: DateTime, part: string): number {
  if (part === '初') return 1;
  if (part === '中') return 15;
  return month.daysInMonth ?? 28;
}

export const zhDateParsers: Parser[] = [
  relativeWeekParser,
  weeksLaterParser,
  monthPartParser,
  yearPartParser,
];

/**
 * chrono reads 明天 said before 02:00 as the morning ahead (today). Messages are dated by the clock,
 * so 明天 is always the next calendar day.
 */
export const tomorrowRefiner: Refiner = {
  refine: (context, results) => {
    const today = readToday(context);
    for (const result of results) {
      const start = result.start;
      if (
        !/^明(?:天|日|早|晚)/.test(result.text) ||
        start.get('day') !== today.day ||
        start.get('month') !== today.month
      )
        continue;
      const tomorrow = today.plus({ days: 1 });
      start.assign('year', tomorrow.year).assign('month', tomorrow.month).assign('day', tomorrow.day);
    }
    return results;
  },
};
