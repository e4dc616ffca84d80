import { z } from 'zod';
import type { Db } from './client.ts';
import { readSetting } from './settings.ts';

/** When the outbox gives up on a message and moves it to the dead letter (status failed). */
export interface OutboxLimits {
  /** Attempts at most; a wait a rate limit asked for does not count. */
  maxAttempts: number;
  /** Hours since the message was stored (or requeued) after which a failing message is given up. */
  maxAgeHours: number;
}

export const outboxLimitKeys = { maxAttempts: 'outbox.max_attempts', maxAgeHours: 'outbox.max_age_hours' };

/**
 * 15 attempts back off from 1 s to the 5-minute cap: about half an hour of 5xx or network errors, longer
 * than most outages, while a poisoned message stops being retried the same day.
 */
export const defaultOutboxLimits: OutboxLimits = { maxAttempts: 15, maxAgeHours: 24 };

export async function readOutboxLimits(db: Db): Promise<OutboxLimits> {
  const [maxAttempts, maxAgeHours] = await Promise.all([
    readSetting(db, outboxLimitKeys.maxAttempts, z.number().int().min(1), defaultOutboxLimits.maxAttempts),
    readSetting(db, outboxLimitKeys.maxAgeHours, z.number().positive(), defaultOutboxLimits.maxAgeHours),
  ]);
  return { maxAttempts, maxAgeHours };
}

/** Why a message that failed again is given up, or null while it may still be retried. */
export function giveUpReason(
  message: { attempts: number; ageFrom: Date },
  attempt: { counts: boolean; at: Date },
  limits: OutboxLimits,
): string | null {
  const attempts = message.attempts + (attempt.counts ? 1 : 0);
  if (attempt.counts && attempts >= limits.maxAttempts) return `gave up after ${attempts} attempts`;
  if (attempt.at.getTime() - message.ageFrom.getTime() >= limits.maxAgeHours * 3_600_000)
    return `gave up after ${limits.maxAgeHours} h`;
  return null;
}
