import type { ParsingContext, Refiner } from 'chrono-node';
import { DateTime } from 'luxon';
import { readReferenceDay } from './zone-clock.ts';

/** Known calendar components for a whole day; chrono counts weekdays from Sunday = 0. */
export function dayComponents(day: DateTime): { year: number; month: number; day: number; weekday: number } {
  return { year: day.year, month: day.month, day: day.day, weekday: day.weekday % 7 };
}

/** Today in the workspace zone, as a zone-free calendar day (see toChronoReference). */
export function readToday(context: ParsingContext): DateTime {
  return readReferenceDay(context.refDate);
}

/** Monday of the week `today` is in, shifted by whole weeks. */
export function findMonday(today: DateTime, weekShift: number): DateTime {
  return today.minus({ days: today.weekday - 1 }).plus({ weeks: weekShift });
}

/**
 * chrono's Chinese date parser reads 1月15日 in the reference year even in late November; the English
 * one picks the closest year. Do the same for Chinese so 「1月15日前」 said in November is next January.
 */
export const closestYearRefiner: Refiner = {
  refine: (context, results) => {
    const today = readReferenceDay(context.refDate);
    for (const result of results) {
      const start = result.start;
      if (!start.isCertain('month') || !start.isCertain('day') || start.isCertain('year')) continue;
      const month = start.get('month') ?? 1;
      const day = start.get('day') ?? 1;
      const candidates = [today.year - 1, today.year, today.year + 1]
        .map((year) => DateTime.utc(year, month, day))
        .filter((date) => date.isValid);
      const closest = candidates.reduce((best, date) =>
        Math.abs(date.diff(today).as('days')) < Math.abs(best.diff(today).as('days')) ? date : best,
      );
      if (closest) start.imply('year', closest.year);
    }
    return results;
  },
};
