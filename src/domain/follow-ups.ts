import { DateTime } from 'luxon';
import type { FollowUpRange } from './vocabulary.ts';

export type FollowUpPlan =
  | { kind: 'none' }
  | { kind: 'at'; at: Date; hasTime: boolean }
  | { kind: 'ask'; reason: 'unreadable' | 'past'; at?: Date };

export interface FollowUpRequest {
  /** The person's answer to an earlier question: an ISO date, or null for "no follow-up". */
  answer?: string | null;
  parsedAt: string | null;
  hasTime: boolean;
  unreadable: boolean;
}

/**
 * Decides the follow-up of a message. A date that could not be read, or one in the past, is
 * questioned rather than saved; a date the person gave in answer is taken as given.
 */
export function planFollowUp(request: FollowUpRequest, now: Date, timeZone: string): FollowUpPlan {
  if (request.answer !== undefined) {
    return request.answer === null
      ? { kind: 'none' }
      : { kind: 'at', at: new Date(request.answer), hasTime: request.hasTime };
  }
  if (request.parsedAt === null)
    return request.unreadable ? { kind: 'ask', reason: 'unreadable' } : { kind: 'none' };
  const at = new Date(request.parsedAt);
  if (isPast({ dueAt: at, hasTime: request.hasTime }, now, timeZone))
    return { kind: 'ask', reason: 'past', at };
  return { kind: 'at', at, hasTime: request.hasTime };
}

/** A follow-up with a time is late once the time passes; one for a day, once the day is over. */
export function isPast(followUp: { dueAt: Date; hasTime: boolean }, now: Date, timeZone: string): boolean {
  if (followUp.hasTime) return followUp.dueAt < now;
  return followUp.dueAt < startOfDay(now, timeZone);
}

export function startOfDay(now: Date, timeZone: string): Date {
  return DateTime.fromJSDate(now, { zone: timeZone }).startOf('day').toJSDate();
}

/** The due-date window a follow-up list covers; `overdue` is handled by isPast. */
export function followUpWindow(range: FollowUpRange, now: Date, timeZone: string): { before: Date | null } {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  if (range === 'today') return { before: local.endOf('day').toJSDate() };
  // ISO weeks end on Sunday, as Chinese calendars and most of our customers count them.
  if (range === 'week') return { before: local.endOf('week').toJSDate() };
  return { before: null };
}

/** Snooze: the follow-up comes back tomorrow morning (09:00 in the workspace zone, day only). */
export function snoozeUntil(now: Date, timeZone: string): { at: Date; hasTime: boolean } {
  const at = DateTime.fromJSDate(now, { zone: timeZone })
    .plus({ days: 1 })
    .set({ hour: 9, minute: 0, second: 0, millisecond: 0 });
  return { at: at.toJSDate(), hasTime: false };
}
