import { DateTime } from 'luxon';
import type { DateMention } from './read-dates.ts';

/** Hour a follow-up gets when only its day is known. */
export const followUpDefaultHour = 9;

export interface FollowUpTime {
  at: DateTime;
  hasTime: boolean;
}

/**
 * A mention read as a follow-up date in the workspace zone. A bare weekday is the coming one, after
 * today ("Thursday" said on Monday is this Thursday; 周一 said on Monday is next Monday). Any other
 * past date stays in the past (上周五跟进): the caller asks about it instead of guessing.
 */
export function placeFollowUp(mention: DateMention, wallNow: DateTime): FollowUpTime {
  let day = toDay(mention, wallNow);
  if (mention.weekdayOnly && day <= wallNow.startOf('day')) day = day.plus({ weeks: 1 });
  if (mention.hour !== null)
    return { at: day.set({ hour: mention.hour, minute: mention.minute ?? 0 }), hasTime: true };
  // 明天下午 / tomorrow afternoon name a time of day, if not a clock time.
  if (mention.partOfDay !== null) return { at: day.set({ hour: mention.partOfDay }), hasTime: true };
  return { at: day.set({ hour: followUpDefaultHour }), hasTime: false };
}

/**
 * A mention read as the moment a visit happened, or null when it lies in a later day. A bare weekday
 * is the last one (周五拜访 said on Monday is last Friday). A day with no time keeps the time of day of
 * `now`, so 今天 is now itself; a time later today (上午 said at 09:00) is clamped to now, since a
 * visit being logged has happened.
 */
export function placeOccurrence(mention: DateMention, wallNow: DateTime): DateTime | null {
  let day = toDay(mention, wallNow);
  const today = wallNow.startOf('day');
  if (mention.weekdayOnly && day > today) day = day.minus({ weeks: 1 });
  if (day > today) return null;
  const at =
    mention.hour !== null
      ? day.set({ hour: mention.hour, minute: mention.minute ?? 0 })
      : mention.partOfDay !== null
        ? day.set({ hour: mention.partOfDay })
        : day.set({
            hour: wallNow.hour,
            minute: wallNow.minute,
            second: wallNow.second,
            millisecond: wallNow.millisecond,
          });
  return at > wallNow ? wallNow : at;
}

function toDay(mention: DateMention, wallNow: DateTime): DateTime {
  return DateTime.fromObject(
    { year: mention.year, month: mention.month, day: mention.day },
    { zone: wallNow.zone },
  );
}
