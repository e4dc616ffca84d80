import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Db } from './client.ts';

/**
 * Writes a consistent copy of the live database to `file` with SQLite's VACUUM INTO: safe while the
 * service runs (WAL readers are not blocked), and the copy is compact. Refuses to overwrite a file.
 */
export async function backupDatabase(db: Db, file: string): Promise<{ path: string } | { problem: string }> {
  const path = resolve(file);
  if (existsSync(path))
    return { problem: `${path} exists: choose a new file name, a backup never overwrites` };
  mkdirSync(dirname(path), { recursive: true });
  await db.$executeRawUnsafe('VACUUM INTO ?', path);
  return { path };
}
