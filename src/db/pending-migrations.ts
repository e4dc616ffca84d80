import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * The migration folders that Prisma's `_prisma_migrations` table does not record as applied, read with
 * one plain query. Cheap and lock-free on a WAL database, so a process can learn that nothing is to
 * be done without starting the schema engine, which wants the database to itself.
 * A migration recorded as failed counts as pending: the engine then says what to do about it.
 */
export function findPendingMigrations(
  path: string,
  folders: readonly string[],
  busyTimeoutMs = 5000,
): string[] {
  // No database yet (or one only this connection sees): everything is to be applied.
  if (path === ':memory:' || !existsSync(path)) return [...folders];
  const db = new Database(path, { fileMustExist: true, timeout: busyTimeoutMs });
  try {
    const table = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!table) return [...folders];
    const applied = new Set(
      db
        .prepare(
          'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
        )
        .pluck()
        .all() as string[],
    );
    return folders.filter((folder) => !applied.has(folder));
  } finally {
    db.close();
  }
}
