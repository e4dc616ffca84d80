import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Db } from '../../src/db/client.ts';

const template = join(process.cwd(), 'node_modules', '.cache', 'chatcrm-test', 'template.db');

/** A fresh SQLite file per test, copied from the template that global setup migrated once. */
export async function createTestDb(): Promise<{ db: Db; url: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'chatcrm-test-'));
  const file = join(dir, 'test.db');
  copyFileSync(template, file);
  const url = `file:${file}`;
  return { db: await createDb(url), url };
}
