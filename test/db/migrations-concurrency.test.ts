import { copyFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, inject, it } from 'vitest';
import { seedDemo } from '../../src/cli/seed-demo.ts';
import { DatabaseBusyError } from '../../src/db/database-busy.ts';
import { applyMigrations, migrationsDir, readMigrationList } from '../../src/db/migrations.ts';
import { fixedNow } from '../helpers/bot.ts';
import { createTestDb } from '../helpers/db.ts';

const runDir = inject('testRunDir');
const folders = readMigrationList().migrationDirectories.map((folder) => folder.path);

function newPath(): string {
  return join(mkdtempSync(join(runDir, 'migc-')), 'm.db');
}

describe('migrations beside other processes', () => {
  it('find nothing to do at once while another connection holds the write lock', async () => {
    const path = newPath();
    copyFileSync(join(runDir, 'template.db'), path);
    const writer = new Database(path);
    writer.exec('BEGIN IMMEDIATE');
    try {
      const begun = performance.now();
      expect(await applyMigrations(`file:${path}`, { lockWaitMs: 2000 })).toEqual([]);
      // Well under the lock wait: the schema engine was not even started.
      expect(performance.now() - begun).toBeLessThan(1500);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
  });

  it('started twice at once on a new database, apply each migration once', async () => {
    const url = `file:${newPath()}`;
    const [one, two] = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    expect([...one, ...two].sort()).toEqual(folders);
    const db = new Database(url.replace(/^file:/, ''), { readonly: true });
    expect(db.prepare('SELECT count(*) FROM _prisma_migrations').pluck().get()).toBe(folders.length);
    db.close();
  });

  it('wait for a write lock that is released, then apply what is pending', async () => {
    const path = newPath();
    const writer = new Database(path);
    writer.exec('BEGIN IMMEDIATE');
    const released = new Promise<void>((resolve) =>
      setTimeout(() => {
        writer.exec('ROLLBACK');
        writer.close();
        resolve();
      }, 500),
    );
    const applied = await applyMigrations(`file:${path}`, { lockWaitMs: 20_000 });
    await released;
    expect(applied).toEqual(folders);
  });

  it('give up on a lock held past the wait with one line that names the file', async () => {
    const path = newPath();
    const writer = new Database(path);
    writer.exec('BEGIN IMMEDIATE');
    try {
      const failure = await applyMigrations(`file:${path}`, { lockWaitMs: 300 }).catch(
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(DatabaseBusyError);
      expect((failure as Error).message).toContain(`${path} is locked`);
      expect((failure as Error).message).not.toContain('\n');
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
    // Nothing was left half-done: the next run applies everything.
    expect(await applyMigrations(`file:${path}`)).toEqual(folders);
  });
});

describe('a batch of migrations', () => {
  /** The project's migrations plus one more, in a folder of the test's own. */
  function withExtraMigration(sql: string): string {
    const dir = mkdtempSync(join(runDir, 'migdir-'));
    cpSync(migrationsDir, dir, { recursive: true });
    mkdirSync(join(dir, '29990101000000_extra'));
    writeFileSync(join(dir, '29990101000000_extra', 'migration.sql'), sql);
    return dir;
  }

  it('rebuilds a parent table without cascading its DROP to the children', async () => {
    const { db, url } = await createTestDb();
    await seedDemo(db, fixedNow);
    const contacts = await db.contact.count();
    await db.$disconnect();
    const dir = withExtraMigration(
      // The shape Prisma writes for SQLite when a table must be rebuilt.
      'PRAGMA defer_foreign_keys=ON;\nPRAGMA foreign_keys=OFF;\n' +
        'CREATE TABLE "new_Customer" AS SELECT * FROM "Customer";\nDROP TABLE "Customer";\n' +
        'ALTER TABLE "new_Customer" RENAME TO "Customer";\nPRAGMA foreign_keys=ON;\nPRAGMA defer_foreign_keys=OFF;\n',
    );
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual(['29990101000000_extra']);
    const after = new Database(url.replace(/^file:/, ''), { readonly: true });
    expect(after.prepare('SELECT count(*) FROM Contact').pluck().get()).toBe(contacts);
    after.close();
  });

  it('that fails leaves the database as it was, with nothing to resolve by hand', async () => {
    const path = newPath();
    copyFileSync(join(runDir, 'template.db'), path);
    const dir = withExtraMigration(
      'CREATE TABLE "Scratch" ("id" INTEGER);\nINSERT INTO "NoSuchTable" VALUES (1);\n',
    );
    await expect(applyMigrations(`file:${path}`, { migrationsDir: dir })).rejects.toThrow(/NoSuchTable/);
    const db = new Database(path, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'Scratch'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM _prisma_migrations').pluck().get()).toBe(folders.length);
    db.close();
  });
});
