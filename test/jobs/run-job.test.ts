import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/cli/seed-demo.ts';
import { createDb } from '../../src/db/client.ts';
import { recordPush } from '../../src/db/pushes.ts';
import { sendFollowUpDigests } from '../../src/jobs/follow-up-jobs.ts';
import { forEachItem, runJob } from '../../src/jobs/run-job.ts';
import { fixedNow, timeZone } from '../helpers/bot.ts';
import { createTestDb } from '../helpers/db.ts';

const logger = pino({ level: 'silent' });

describe('job leases', () => {
  it('two scheduler processes on one database: the digest is built and sent once', async () => {
    const { db, url } = await createTestDb();
    await seedDemo(db, fixedNow);
    const other = await createDb(url);
    const slot = '2026-11-23T01:00:00.000Z';
    const outcomes = await Promise.all([
      sendFollowUpDigests({ db, logger, now: () => fixedNow, timeZone }, slot),
      sendFollowUpDigests({ db: other, logger, now: () => fixedNow, timeZone }, slot),
    ]);
    expect(outcomes.filter((outcome) => outcome.ran)).toHaveLength(1);
    expect(await db.push.count({ where: { kind: 'follow_up_digest' } })).toBe(1);
    await other.$disconnect();
  });

  it('takes over a run whose process died before finishing, once its lease ran out', async () => {
    const { db } = await createTestDb();
    const deps = (now: Date) => ({ db, logger, now: () => now, timeZone });
    await expect(
      runJob(deps(fixedNow), { name: 'demo', slot: 's1', leaseMs: 60_000 }, () =>
        Promise.reject(new Error('killed')),
      ),
    ).rejects.toThrow('killed');
    const early = await runJob(
      deps(new Date(fixedNow.getTime() + 30_000)),
      { name: 'demo', slot: 's1' },
      async () => ({ done: 1, failed: 0 }),
    );
    expect(early).toEqual({ ran: false, reason: 'taken' });
    const late = await runJob(
      deps(new Date(fixedNow.getTime() + 61_000)),
      { name: 'demo', slot: 's1' },
      async () => ({ done: 1, failed: 0 }),
    );
    expect(late).toEqual({ ran: true, done: 1, failed: 0 });
    const run = await db.jobRun.findUniqueOrThrow({ where: { job_slot: { job: 'demo', slot: 's1' } } });
    expect(run.finishedAt).not.toBeNull();
  });

  it('keeps going when one item fails, and counts it', async () => {
    const seen: number[] = [];
    const result = await forEachItem(
      [1, 2, 3],
      logger,
      (n) => ({ n }),
      async (n) => {
        if (n === 2) throw new Error('bad item');
        seen.push(n);
      },
    );
    expect(result).toEqual({ done: 2, failed: 1 });
    expect(seen).toEqual([1, 3]);
  });

  it('never records the same push twice', async () => {
    const { db } = await createTestDb();
    const push = { key: 'k1', personId: 1, kind: 'test', cards: [] };
    expect(await recordPush(db, push, fixedNow)).toBe(true);
    expect(await recordPush(db, push, fixedNow)).toBe(false);
    expect(await db.push.count()).toBe(1);
  });
});
