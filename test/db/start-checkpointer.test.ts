import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { type Checkpointer, startCheckpointer } from '../../src/db/start-checkpointer.ts';
import { captureLogs } from '../helpers/capture-logs.ts';
import { createTestDb } from '../helpers/db.ts';

const running: Checkpointer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((checkpointer) => checkpointer.stop()));
});

async function writeTeams(db: Db, prefix: string): Promise<void> {
  await db.team.createMany({
    data: Array.from({ length: 2000 }, (_, i) => ({ name: `${prefix} team ${i}` })),
  });
}

describe('startCheckpointer', () => {
  it('takes checkpoints off the service connection and keeps the write-ahead log from growing', async () => {
    const { db, url } = await createTestDb();
    const { logger } = captureLogs();
    // A long interval: only the checkpoints the test asks for run.
    const checkpointer = await startCheckpointer(db, url, logger, 60_000);
    running.push(checkpointer);
    const [setting] =
      await db.$queryRawUnsafe<{ wal_autocheckpoint: number | bigint }[]>('PRAGMA wal_autocheckpoint');
    expect(Number(setting?.wal_autocheckpoint)).toBe(0);

    const wal = `${url.replace(/^file:/, '')}-wal`;
    await writeTeams(db, 'first');
    const first = await checkpointer.checkpoint();
    expect(first.logPages).toBeGreaterThan(0);
    expect(first.checkpointedPages).toBe(first.logPages);
    const sizeAfterFirst = statSync(wal).size;

    // Once everything is in the database file, the next writes start the log from its beginning again.
    await writeTeams(db, 'second');
    const second = await checkpointer.checkpoint();
    expect(second.checkpointedPages).toBe(second.logPages);
    expect(statSync(wal).size).toBeLessThanOrEqual(sizeAfterFirst * 1.2);
    expect(await db.team.count({ where: { name: { startsWith: 'second' } } })).toBe(2000);
  });

  it('tells the operator when it cannot open the database, and reports it to callers', async () => {
    const { db } = await createTestDb();
    const logs = captureLogs();
    const notADatabase = mkdtempSync(join(tmpdir(), 'chatcrm-checkpoint-'));
    const checkpointer = await startCheckpointer(db, `file:${notADatabase}`, logs.logger, 60_000);
    running.push(checkpointer);
    await expect(logs.logged('the checkpoint thread stopped')).resolves.toBeDefined();
    await expect(checkpointer.checkpoint()).rejects.toThrow('the checkpoint thread has stopped');
  });
});
