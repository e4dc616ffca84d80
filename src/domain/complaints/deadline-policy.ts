import { z } from 'zod';
import type { Severity } from '../vocabulary.ts';

/**
 * How long a complaint may wait, as an admin writes it: "30m", "4h", "7d". Kept as text rather than
 * minutes because the unit matters in working time: hours count working hours, days count working days.
 */
export type DurationText = `${number}${'m' | 'h' | 'd'}`;
export interface Duration {
  amount: number;
  unit: 'minute' | 'hour' | 'day';
}

export type DeadlinePolicy = Record<Severity, { acknowledge: DurationText; resolve: DurationText }>;

export const defaultDeadlinePolicy: DeadlinePolicy = {
  urgent: { acknowledge: '30m', resolve: '4h' },
  high: { acknowledge: '2h', resolve: '24h' },
  normal: { acknowledge: '8h', resolve: '72h' },
  low: { acknowledge: '24h', resolve: '7d' },
};

const durationPattern = /^([1-9]\d{0,5})([mhd])$/;
const units = { m: 'minute', h: 'hour', d: 'day' } as const;

export const durationTextSchema = z
  .string()
  .regex(durationPattern)
  .transform((text) => text as DurationText);
const pairSchema = z.object({ acknowledge: durationTextSchema, resolve: durationTextSchema });
export const deadlinePolicySchema = z.object({
  urgent: pairSchema,
  high: pairSchema,
  normal: pairSchema,
  low: pairSchema,
});

/** "4h" → 4 hours; null when it is not a duration this policy stores. */
export function readDuration(text: string): Duration | null {
  const match = durationPattern.exec(text);
  if (!match) return null;
  return { amount: Number(match[1]), unit: units[match[2] as keyof typeof units] };
}

/** The same span on the wall clock, to compare two durations: a day is 24 hours here. */
export function toCalendarMinutes(duration: Duration): number {
  return duration.amount * { minute: 1, hour: 60, day: 24 * 60 }[duration.unit];
}
