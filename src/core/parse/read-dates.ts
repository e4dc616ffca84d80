import type { ParsedResult } from 'chrono-node';
import type { DateTime } from 'luxon';
import { createEnDateReader, createZhDateReader } from './create-date-readers.ts';
import { cjkPattern } from './detect-language.ts';
import { toChronoReference } from './zone-clock.ts';

/** A date chrono found in the text, as workspace-zone calendar components. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  year: number;
  month: number;
  day: number;
  /** Clock time when the text names one (三点, 3pm, EOD), else null. */
  hour: number | null;
  minute: number | null;
  /** Default hour of a part of the day (上午 → 10, afternoon → 15) when no clock time is named. */
  partOfDay: number | null;
  /** A weekday with no week (周五, Friday): the caller puts it before or after today by role. */
  weekdayOnly: boolean;
}

const zhReader = createZhDateReader();
const enReader = createEnDateReader();

// Hours chosen for a part of the day named without a clock time. Checked in order: 下午 before 午.
const partsOfDay: [RegExp, number][] = [
  [/凌晨/, 6],
  [/早上|早晨|清晨|今早|明早|一早/, 9],
  [/上午|morning/i, 10],
  [/中午|\bnoon\b|\blunch/i, 12],
  [/下午|afternoon/i, 15],
  [/傍晚/, 18],
  [/evening/i, 19],
  [/晚上|今晚|明晚|昨晚|夜里|tonight|night/i, 20],
];

/**
 * Reads every date in `text` (simplified, half-width) against the workspace wall clock. Chinese text
 * goes through the Chinese reader and then the English one, whose finds are kept where they do not
 * overlap (2026/12/10 and 12/15 in a Chinese sentence).
 */
export function readDates(text: string, wallNow: DateTime): DateMention[] {
  const reference = toChronoReference(wallNow);
  const zh = cjkPattern.test(text) ? zhReader.parse(text, reference) : [];
  const en = enReader
    .parse(text, reference)
    .filter(
      (result) =>
        !zh.some(
          (other) =>
            result.index < other.index + other.text.length && other.index < result.index + result.text.length,
        ),
    );
  return [...zh, ...en].sort((a, b) => a.index - b.index).map(toDateMention);
}

function toDateMention(result: ParsedResult): DateMention {
  const start = result.start;
  const hasClock = start.isCertain('hour');
  let hour = hasClock ? (start.get('hour') ?? 0) : null;
  // 明天三点 / tomorrow at 3: nobody books a follow-up at 3 a.m., so an hour of 1–6 with no 上午/am is p.m.
  if (hour !== null && hour >= 1 && hour <= 6 && !start.isCertain('meridiem')) hour += 12;
  const weekdayOnly =
    start.isCertain('weekday') &&
    !start.isCertain('day') &&
    !/上|下|这|本|next|last|past|this/i.test(result.text);
  // chrono's Chinese patterns can take in the comma or space around a date (「，12月5日」).
  const lead = /^[\s,|]*/.exec(result.text)?.[0].length ?? 0;
  const text = result.text.slice(lead).replace(/[\s,|]+$/, '');
  return {
    start: result.index + lead,
    end: result.index + lead + text.length,
    text,
    year: start.get('year') ?? 0,
    month: start.get('month') ?? 1,
    day: start.get('day') ?? 1,
    hour,
    minute: hasClock ? (start.get('minute') ?? 0) : null,
    partOfDay: hasClock ? null : (partsOfDay.find(([pattern]) => pattern.test(result.text))?.[1] ?? null),
    weekdayOnly,
  };
}
