import { resolve } from 'node:path';

/**
 * Another process held the database's write lock for longer than we were willing to wait. The message
 * is one line for an operator: which file, held by whom, what to do.
 */
export class DatabaseBusyError extends Error {
  constructor(
    readonly path: string,
    readonly waitedMs: number,
  ) {
    super(
      `${path} is locked: another process (the running service or another crm command) has held its ` +
        `write lock for more than ${Math.round(waitedMs / 1000)} s. Run the command again once that ` +
        `work is done; if the lock never clears, restart the service.`,
    );
    this.name = 'DatabaseBusyError';
  }
}

/** The file behind a `file:` URL, as an operator would look for it. */
export function databasePathOf(url: string): string {
  const path = url.replace(/^file:/, '').replace(/\?.*$/, '');
  return path === ':memory:' ? path : resolve(path);
}

/**
 * Whether `error` is SQLite saying the database is locked, however it reached us: better-sqlite3's own
 * error, Prisma's driver adapter (which calls it a `SocketTimeout`), the Prisma client (which keeps the
 * adapter's error in `meta`) or the schema engine's text.
 */
export function isDatabaseBusy(error: unknown): boolean {
  const seen: unknown[] = [error];
  for (let i = 0; i < seen.length && i < 10; i++) {
    const fields = seen[i] as Fields | null | undefined;
    if (!fields || typeof fields !== 'object') continue;
    if (fields instanceof DatabaseBusyError || fields.kind === 'SocketTimeout') return true;
    if ([fields.code, fields.originalCode].some((code) => typeof code === 'string' && busyCode.test(code)))
      return true;
    if (typeof fields.message === 'string' && busyText.test(fields.message)) return true;
    seen.push(fields.cause, fields.meta?.driverAdapterError);
  }
  return false;
}

interface Fields {
  code?: unknown;
  originalCode?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
}

const busyCode = /^SQLITE_(BUSY|LOCKED)/;
const busyText = /database is locked|database table is locked|SQLITE_BUSY|`SocketTimeout`/;
