import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../generated/prisma/client.ts';
import { takeTurns } from './take-turns.ts';

export type Db = PrismaClient;
/** A Prisma transaction client: what one use case runs its reads and writes on. */
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * Opens the database at `url` (file:PATH) with WAL and a busy timeout, so several processes can share it;
 * within this process its statements take turns with the rest of the work (take-turns.ts).
 */
export async function createDb(url: string): Promise<Db> {
  const db = new PrismaClient({ adapter: takeTurns(new PrismaBetterSqlite3({ url, timeout: 5000 })) });
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await db.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  await db.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  return db;
}

export async function isDbHealthy(db: Db): Promise<boolean> {
  try {
    await db.$queryRawUnsafe('SELECT 1');
    return true;
  } catch {
    // A failing health check is the answer, not an error to raise.
    return false;
  }
}

/** The text form Prisma writes for DateTime columns on SQLite, for the few raw statements we run. */
export function toDbTime(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}
