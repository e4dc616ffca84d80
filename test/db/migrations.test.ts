import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

import { createDb } from '../../src/db/client.ts';
import { applyMigrations, diffDatabaseToSchema, readMigrationList } from '../../src/db/migrations.ts';

const runDir = inject('testRunDir');

describe('migrations', () => {
  it('produce exactly the schema in schema.prisma', async () => {
    const url = `file:${join(mkdtempSync(join(runDir, 'mig-')), 'm.db')}`;
    const applied = await applyMigrations(url);
    expect(applied).toEqual(readMigrationList().migrationDirectories.map((dir) => dir.path));
    const drift = await diffDatabaseToSchema(url);
    expect(drift.replace(/--.*$/gm, '').trim()).toBe('');
  });

  it("are recorded in Prisma's own table and applied only once", async () => {
    const url = `file:${join(mkdtempSync(join(runDir, 'mig-')), 'm.db')}`;
    await applyMigrations(url);
    expect(await applyMigrations(url)).toEqual([]);
    const db = await createDb(url);
    const rows = await db.$queryRawUnsafe<{ migration_name: string; finished_at: unknown }[]>(
      'SELECT migration_name, finished_at FROM _prisma_migrations',
    );
    expect(rows.map((row) => row.migration_name)).toEqual(
      readMigrationList().migrationDirectories.map((dir) => dir.path),
    );
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
    await db.$disconnect();
  });

  it('leave the database in WAL mode once opened', async () => {
    const url = `file:${join(mkdtempSync(join(runDir, 'mig-')), 'm.db')}`;
    await applyMigrations(url);
    const db = await createDb(url);
    expect(await db.$queryRawUnsafe('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    await db.$disconnect();
  });
});
