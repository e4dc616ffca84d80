import { randomUUID } from 'node:crypto';
import type { LanguageModel } from '../core/llm/language-model.ts';
import { type Db, toDbTime } from '../db/client.ts';
import type { Logger } from '../logger.ts';

export interface JobDeps {
  db: Db;
  logger: Logger;
  now: () => Date;
  timeZone: string;
  /** Writes report narratives when configured; templates otherwise. */
  llm?: LanguageModel;
}

export type JobOutcome = { ran: false; reason: 'taken' } | { ran: true; done: number; failed: number };

const processId = randomUUID();

/**
 * Runs `work` for one job slot unless another process has it. The JobRun row is the lease: the first
 * to insert (job, slot) runs; a run whose lease ran out unfinished (its process died) can be taken
 * over. Pushes are keyed, so a taken-over run does not send what the first one already sent.
 */
export async function runJob(
  deps: JobDeps,
  job: { name: string; slot: string; leaseMs?: number },
  work: () => Promise<{ done: number; failed: number }>,
): Promise<JobOutcome> {
  const now = deps.now();
  const leaseUntil = new Date(now.getTime() + (job.leaseMs ?? 10 * 60_000));
  const log = deps.logger.child({ job: job.name, slot: job.slot });
  if (!(await takeLease(deps.db, job.name, job.slot, leaseUntil, now))) {
    log.debug('job slot taken by another process');
    return { ran: false, reason: 'taken' };
  }
  const result = await work();
  await deps.db.jobRun.update({
    where: { job_slot: { job: job.name, slot: job.slot } },
    data: { finishedAt: deps.now(), outcome: JSON.stringify(result) },
  });
  log.info(result, 'job finished');
  return { ran: true, ...result };
}

async function takeLease(db: Db, job: string, slot: string, leaseUntil: Date, now: Date): Promise<boolean> {
  const inserted = await db.$executeRawUnsafe(
    'INSERT INTO JobRun (job, slot, owner, leaseUntil, startedAt) VALUES (?, ?, ?, ?, ?) ON CONFLICT(job, slot) DO NOTHING',
    job,
    slot,
    processId,
    toDbTime(leaseUntil),
    toDbTime(now),
  );
  if (inserted > 0) return true;
  const { count } = await db.jobRun.updateMany({
    where: { job, slot, finishedAt: null, leaseUntil: { lt: now } },
    data: { owner: processId, leaseUntil, startedAt: now },
  });
  return count > 0;
}

/**
 * Runs `each` for every item; one failing item is logged and counted, and the rest still run.
 */
export async function forEachItem<T>(
  items: T[],
  log: Logger,
  describe: (item: T) => Record<string, unknown>,
  each: (item: T) => Promise<void>,
): Promise<{ done: number; failed: number }> {
  let done = 0;
  let failed = 0;
  for (const item of items) {
    try {
      await each(item);
      done++;
    } catch (error) {
      failed++;
      log.error({ err: error, ...describe(item) }, 'job item failed');
    }
  }
  return { done, failed };
}

/** Builds something from each item; an item that throws is logged and left out, the rest go on. */
export function mapEachItem<T, R>(
  items: T[],
  log: Logger,
  describe: (item: T) => Record<string, unknown>,
  build: (item: T) => R,
): { results: R[]; failed: number } {
  const results: R[] = [];
  let failed = 0;
  for (const item of items) {
    try {
      results.push(build(item));
    } catch (error) {
      failed++;
      log.error({ err: error, ...describe(item) }, 'job item failed');
    }
  }
  return { results, failed };
}
