import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDemo } from '../../src/cli/seed-demo.ts';
import { readMigrationList } from '../../src/db/migrations.ts';
import { fixedNow } from '../helpers/bot.ts';
import { createTestDb } from '../helpers/db.ts';
import { runCrm, type Service, startService, stopAll } from './processes.ts';

const folders = readMigrationList().migrationDirectories.map((folder) => folder.path);
// A migration whose whole effect is one index, so that a test can undo it by hand.
const indexOnly = '20261123144904_follow_up_visit';

async function healthOf(service: Service): Promise<number> {
  return (await fetch(`http://127.0.0.1:${service.port}/healthz`)).status;
}

afterAll(stopAll);

describe('crm commands while the service runs on the same database', () => {
  let url: string;
  let dir: string;
  let service: Service;

  beforeAll(async () => {
    const test = await createTestDb();
    await seedDemo(test.db, fixedNow);
    await test.db.$disconnect();
    url = test.url;
    dir = mkdtempSync(join(inject('testRunDir'), 'beside-'));
    service = await startService(url);
  }, 120_000);

  it('backup, report, export, import, seed-demo and migrate all succeed at the same time', {
    timeout: 240_000,
  }, async () => {
    const csv = join(dir, 'new.csv');
    writeFileSync(csv, '\uFEFF客户名称,负责人,电话\n杭州晨光软件有限公司,张伟,13512345678\n');
    const backup = join(dir, 'backups', 'today.db');
    const [backedUp, report, exported, preview, imported, seeded, migrated] = await Promise.all([
      runCrm(url, ['backup', backup]),
      runCrm(url, ['report', '--date', '2026-11-20']),
      runCrm(url, ['export', join(dir, 'all.csv')]),
      runCrm(url, ['import', csv]),
      runCrm(url, ['import', csv, '--commit']),
      runCrm(url, ['seed-demo']),
      runCrm(url, ['migrate']),
    ]);
    const runs = { backedUp, report, exported, preview, imported, seeded, migrated };
    for (const [name, run] of Object.entries(runs)) {
      expect({ name, code: run.code, stderr: run.stderr }).toEqual({ name, code: 0, stderr: '' });
    }
    expect(backedUp.stdout).toBe(`backed up the database to ${backup}\n`);
    expect(report.stdout).toContain('团队日报 2026-11-20');
    expect(exported.stdout).toMatch(/^wrote 5\d customers/);
    expect(preview.stdout).toContain('预演，没有写入任何内容');
    expect(imported.stdout).toMatch(/已导入 new\.csv/);
    expect(seeded.stdout).toBe('the demo team is already there: nothing to do\n');
    expect(migrated.stdout).toBe('the database is up to date\n');

    // The copy is whole: it opens, passes SQLite's own check and holds the demo customers (and the
    // imported one, if the import committed first).
    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM Customer').pluck().get()).toBeGreaterThanOrEqual(50);
    copy.close();

    expect(service.child.exitCode).toBeNull();
    expect(await healthOf(service)).toBe(200);
  });

  it('a migration that is pending is applied once, beside the service', { timeout: 120_000 }, async () => {
    // Undo a migration by hand, as if the service still ran a release before it.
    const db = new Database(url.replace(/^file:/, ''), { timeout: 5000 });
    db.exec('DROP INDEX "FollowUp_visitId_idx"');
    db.prepare('DELETE FROM _prisma_migrations WHERE migration_name = ?').run(indexOnly);

    const [first, second] = await Promise.all([runCrm(url, ['migrate']), runCrm(url, ['migrate'])]);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect([first.stdout, second.stdout].sort()).toEqual([
      `applied ${indexOnly}\n`,
      'the database is up to date\n',
    ]);
    expect(
      db.prepare('SELECT count(*) FROM _prisma_migrations WHERE migration_name = ?').pluck().get(indexOnly),
    ).toBe(1);
    expect(
      db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'FollowUp_visitId_idx'").pluck().get(),
    ).toBe(1);
    db.close();
    expect(await healthOf(service)).toBe(200);
  });

  it('a second service starts on the same database', { timeout: 180_000 }, async () => {
    const second = await startService(url, 150_000);
    expect([await healthOf(service), await healthOf(second)]).toEqual([200, 200]);
    second.child.kill('SIGTERM');
  });

  it('seed-demo refuses a database that holds other data, and changes nothing', {
    timeout: 60_000,
  }, async () => {
    const db = new Database(url.replace(/^file:/, ''), { timeout: 5000 });
    db.prepare(
      "UPDATE Team SET name = 'East' WHERE name = (SELECT name FROM Team ORDER BY id LIMIT 1)",
    ).run();
    const teams = db.prepare('SELECT count(*) FROM Team').pluck().get();
    const run = await runCrm(url, ['seed-demo']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /already holds \d+ customers and \d+ people: seed-demo only fills an empty database/,
    );
    expect(db.prepare('SELECT count(*) FROM Team').pluck().get()).toBe(teams);
    db.close();
  });
});

describe('two services started on one new database at the same moment', () => {
  it('both start, and each migration is applied once', { timeout: 240_000 }, async () => {
    const url = `file:${join(mkdtempSync(join(inject('testRunDir'), 'twins-')), 'data', 'chatcrm.db')}`;
    const [one, two] = await Promise.all([startService(url, 180_000), startService(url, 180_000)]);
    expect([await healthOf(one), await healthOf(two)]).toEqual([200, 200]);
    expect(one.output() + two.output()).not.toMatch(/WASM|failed to start/);

    const db = new Database(url.replace(/^file:/, ''), { readonly: true, timeout: 5000 });
    const rows = db
      .prepare('SELECT migration_name AS name, finished_at AS finished FROM _prisma_migrations ORDER BY name')
      .all() as { name: string; finished: string | null }[];
    db.close();
    expect(rows.map((row) => row.name)).toEqual(folders);
    expect(rows.every((row) => row.finished !== null)).toBe(true);
  });
});

describe('a database whose write lock is never released', () => {
  it('crm migrate says in one line which file is locked and what to do', { timeout: 60_000 }, async () => {
    const path = join(mkdtempSync(join(inject('testRunDir'), 'held-')), 'chatcrm.db');
    const holder = new Database(path);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const run = await runCrm(`file:${path}`, ['migrate', '--wait', '1']);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toEqual([
        `${path} is locked: another process (the running service or another crm command) has held its ` +
          'write lock for more than 1 s. Run the command again once that work is done; if the lock ' +
          'never clears, restart the service.',
      ]);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});
