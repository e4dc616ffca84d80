import type { Parser } from 'chrono-node';
import { dayComponents, findMonday, readToday } from './date-parser-kit.ts';

// Custom chrono parsers for English phrases chrono misses or reads differently from the Chinese side.

const isoWeekdays: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/**
 * "next week" is the Monday it starts with (chrono adds seven days), matching 下周; "next week
 * Tuesday" / "next week on Tuesday" is that day of next week.
 */
const nextWeekParser: Parser = {
  pattern: () => /(?<![a-z])next week(?:\s+on)?(?:\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*)?(?![a-z])/i,
  extract: (context, match) => {
    const monday = findMonday(readToday(context), 1);
    const weekday = isoWeekdays[(match[1] ?? 'mon').toLowerCase()] ?? 1;
    return dayComponents(monday.plus({ days: weekday - 1 }));
  },
};

/** "end of (the) week", "EOW": this week's Friday, the end of the working week. */
const endOfWeekParser: Parser = {
  pattern: () => /(?<![a-z])(?:(?:the\s+)?end of (?:the |this )?week|EOW)(?![a-z])/i,
  extract: (context) => dayComponents(findMonday(readToday(context), 0).plus({ days: 4 })),
};

/** "early next month", "beginning/start of next month": its first day (chrono drops the "early"). */
const startOfNextMonthParser: Parser = {
  pattern: () => /(?<![a-z])(?:early|(?:the\s+)?(?:beginning|start) of) next month(?![a-z])/i,
  extract: (context) => dayComponents(readToday(context).plus({ months: 1 }).set({ day: 1 })),
};

/** "EOD", "COB", "end of (the business) day": today at 17:00, a time of day the person named. */
const endOfDayParser: Parser = {
  pattern: () =>
    /(?<![a-z])(?:EOD|COB|close of business|(?:the\s+)?end of (?:the\s+)?(?:business\s+)?day)(?![a-z])/i,
  extract: (context) => ({ ...dayComponents(readToday(context)), hour: 17, minute: 0 }),
};

/** "EOM": the last day of this month, like chrono's "end of month". */
const endOfMonthParser: Parser = {
  pattern: () => /(?<![a-z])EOM(?![a-z])/i,
  extract: (context) => dayComponents(readToday(context).endOf('month')),
};

/**
 * The shortenings chrono does not know ("circle back tues", "weds", "thurs"): a bare weekday like
 * chrono's own, the coming one implied, so the caller places it as it places "Tuesday".
 */
const shortWeekdayParser: Parser = {
  pattern: () => /(?<![a-z])(tues|weds|thur|thurs)(?![a-z])/i,
  extract: (context, match) => {
    const weekday = isoWeekdays[match[1]!.slice(0, 3).toLowerCase()]!;
    const today = readToday(context);
    const day = today.plus({ days: (weekday - today.weekday + 7) % 7 || 7 });
    return context
      .createParsingComponents({ weekday: weekday % 7 })
      .imply('year', day.year)
      .imply('month', day.month)
      .imply('day', day.day);
  },
};

/**
 * "on the 10th", "the 3rd": a day of the month with no month named is the next one to come — this
 * month's when it is still ahead (or today), next month's otherwise.
 */
const dayOfMonthParser: Parser = {
  pattern: () => /(?<![a-z])the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?![a-z])/i,
  extract: (context, match) => {
    const today = readToday(context);
    const day = Number(match[1]);
    const month = day >= today.day ? today : today.plus({ months: 1 }).set({ day: 1 });
    if (day > (month.daysInMonth ?? 31)) return null;
    return dayComponents(month.set({ day }));
  },
};

export const enDateParsers: Parser[] = [
  dayOfMonthParser,
  shortWeekdayParser,
  nextWeekParser,
  endOfWeekParser,
  startOfNextMonthParser,
  endOfDayParser,
  endOfMonthParser,
];
