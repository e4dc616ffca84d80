import { copyFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { createDb, type Db } from '../../src/db/client.ts';

// Global setup empties this folder at the start of every run, so test databases do not pile up.
const runDir = join(process.cwd(), 'node_modules', '.cache', 'chatcrm-test');
const template = join(runDir, 'template.db');

/** A fresh SQLite file per test, copied from the template that global setup migrated once. */
export async function createTestDb(): Promise<{ db: Db; url: string }> {
  const dir = mkdtempSync(join(runDir, 'db-'));
  const file = join(dir, 'test.db');
  copyFileSync(template, file);
  const url = `file:${file}`;
  return { db: await createDb(url), url };
}
