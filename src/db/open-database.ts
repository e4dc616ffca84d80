import type { Logger } from '../logger.ts';
import { createDb, type Db } from './client.ts';
import { applyMigrations } from './migrations.ts';

/** Applies pending migrations, then opens the database. */
export async function openDatabase(url: string, logger: Logger): Promise<Db> {
  const applied = await applyMigrations(url);
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  return createDb(url);
}
