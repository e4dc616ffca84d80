import { readDay } from './read-day.ts';

// Days in each month of a leap year: a birthday may be 02-29.
const monthDays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A birthday as MM-DD (the year is rarely known and not kept) from a full date, 3-15, 03/15, 3月15日 or
 * 3.15; null when the text is not a day of the year.
 */
export function readBirthday(text: string): string | null {
  const cleaned = text.normalize('NFKC').trim();
  const full = readDay(cleaned);
  if (full) return full.slice(5);
  const match = /^(\d{1,2})[-/.月](\d{1,2})日?$/.exec(cleaned);
  if (!match) return null;
  const [month, day] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12 || day < 1 || day > monthDays[month - 1]!) return null;
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
