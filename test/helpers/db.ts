import { copyFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createDb, type Db } from '../../src/db/client.ts';

/** A fresh SQLite file per test, copied from the template that global setup migrated for this run. */
export async function createTestDb(): Promise<{ db: Db; url: string }> {
  const runDir = inject('testRunDir');
  const file = join(mkdtempSync(join(runDir, 'db-')), 'test.db');
  copyFileSync(join(runDir, 'template.db'), file);
  const url = `file:${file}`;
  return { db: await createDb(url), url };
}
