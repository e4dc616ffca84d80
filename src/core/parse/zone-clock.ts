import { DateTime } from 'luxon';

/** The instant `now` as a wall clock in the workspace zone; throws on a zone luxon does not know. */
export function toZonedNow(now: Date, timeZone: string): DateTime {
  const zoned = DateTime.fromJSDate(now, { zone: timeZone });
  if (!zoned.isValid) throw new RangeError(`unknown time zone or date: ${timeZone} ${String(now)}`);
  return zoned;
}

/**
 * chrono's Chinese parsers do their arithmetic with the host's local getters (getDate, setDate) and
 * ignore the reference zone, so a zone offset alone would read 明天 wrongly near midnight. Hand
 * chrono a host-local Date showing the workspace wall clock instead, and read only calendar
 * components (year, month, day, hour) back from its results — never `.date()`.
 */
export function toChronoReference(wallNow: DateTime): Date {
  return new Date(
    wallNow.year,
    wallNow.month - 1,
    wallNow.day,
    wallNow.hour,
    wallNow.minute,
    wallNow.second,
    wallNow.millisecond,
  );
}

/** The reference's calendar day as a zone-free date, for parsers that count days and weeks. */
export function readReferenceDay(reference: Date): DateTime {
  return DateTime.utc(reference.getFullYear(), reference.getMonth() + 1, reference.getDate());
}
