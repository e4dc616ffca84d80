import { z } from 'zod';
import { pruneInboundEvents } from '../db/prune-inbound-events.ts';
import { pruneOutbox } from '../db/prune-outbox.ts';
import { readSetting } from '../db/settings.ts';
import type { JobDeps, JobOutcome } from './run-job.ts';
import { runJob } from './run-job.ts';

export const retentionDaysKey = 'retention.days';
export const defaultRetentionDays = 30;
// At least a day: redeliveries are recognised by the stored event, and Feishu redelivers for ~7 hours.
const retentionDaysSchema = z.number().int().min(1);

const day = 24 * 60 * 60 * 1000;

/**
 * Nightly retention: finished inbound events and sent outbox messages keep whole platform payloads (up
 * to a megabyte each); after `retention.days` (default 30) they are deleted, keeping only what is still
 * needed (see pruneOutbox and pruneInboundEvents). SQLite reuses the freed pages, so the file stops
 * growing rather than shrinking.
 */
export function pruneHistory(deps: JobDeps, slot: string): Promise<JobOutcome> {
  return runJob(deps, { name: 'prune_history', slot, leaseMs: 60 * 60_000 }, async () => {
    const days = await readSetting(deps.db, retentionDaysKey, retentionDaysSchema, defaultRetentionDays);
    const before = new Date(deps.now().getTime() - days * day);
    const events = await pruneInboundEvents(deps.db, before);
    const outbox = await pruneOutbox(deps.db, before);
    deps.logger.info(
      {
        retentionDays: days,
        inboundEvents: events,
        outboxDeleted: outbox.deleted,
        outboxEmptied: outbox.emptied,
      },
      'history pruned',
    );
    return { done: events + outbox.deleted + outbox.emptied, failed: 0 };
  });
}
