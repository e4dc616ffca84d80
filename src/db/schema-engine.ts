import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlQuery,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { DatabaseBusyError, databasePathOf, isDatabaseBusy } from './database-busy.ts';

type EngineModule = typeof import('@prisma/schema-engine-wasm');
type WasmExports = Record<string, unknown>;
// Node has WebAssembly at run time; its types live in the DOM lib, which this project does not load.
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: WasmExports } }>;
};
let loading: Promise<EngineModule> | undefined;

// Prisma's native schema engine cannot be downloaded here; its WebAssembly build is the same engine.
// The package imports its .wasm as an ES module, which Node 20 only allows behind a flag, so the
// module is instantiated by hand the way its own entry file does.
function loadEngineModule(): Promise<EngineModule> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as EngineModule & {
      __wbg_set_wasm(exports: WasmExports): void;
    };
    const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': glue,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return loading;
}

export interface EngineOptions {
  /** How long to wait for another process's write lock before giving up with a DatabaseBusyError. */
  lockWaitMs?: number;
}

/**
 * Runs `work` with a schema engine on the SQLite database at `url`, then closes every connection the
 * engine opened.
 *
 * The engine's own lock on SQLite is `PRAGMA locking_mode=EXCLUSIVE`, which needs the file to itself:
 * with the service connected it fails after the busy timeout, always. Here that statement is replaced
 * by a write transaction (`BEGIN IMMEDIATE`) around all of the engine's work, which
 * - serialises engines across processes as the exclusive lock meant to: a second one waits its turn,
 *   then reads `_prisma_migrations` inside its own transaction and finds nothing left to apply;
 * - lets the service go on reading meanwhile (WAL), and writing once the transaction is over;
 * - makes the migrations all or nothing: the engine runs each migration.sql without a transaction,
 *   so a service write could otherwise land between a table's copy and its swap, and a failure would
 *   leave a half-applied script behind.
 * Foreign keys are switched off first, because a migration's own `PRAGMA foreign_keys=OFF` does
 * nothing inside a transaction, and a table rebuilt with them on would cascade its DROP to children.
 */
export async function withSchemaEngine<T>(
  url: string,
  schema: string,
  work: (engine: SchemaEngine) => Promise<T>,
  { lockWaitMs = 60_000 }: EngineOptions = {},
): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const path = databasePathOf(url);
  const opened: SqlDriverAdapter[] = [];
  let locked: SqlDriverAdapter | undefined;
  // What went wrong in taking the lock: the engine hands only "External error id#0" back to us.
  let lockFailure: unknown;
  const base = new PrismaBetterSqlite3({ url, timeout: lockWaitMs });
  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const adapter = remember(await base.connect());
      return Object.assign(Object.create(adapter) as SqlDriverAdapter, {
        executeRaw: async (query: SqlQuery) => {
          if (!isEngineLock(query.sql)) return adapter.executeRaw(query);
          await takeWriteLock(adapter, path, lockWaitMs).catch((error: unknown) => {
            lockFailure = error;
            throw error;
          });
          locked = adapter;
          return 0;
        },
      });
    },
    connectToShadowDb: async () => remember(await base.connectToShadowDb()),
  });
  function remember(adapter: SqlDriverAdapter): SqlDriverAdapter {
    opened.push(adapter);
    return adapter;
  }
  const engine = await SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, () => {}, factory);
  try {
    const result = await work(engine);
    await locked?.executeScript('COMMIT');
    return result;
  } catch (error) {
    // Closing the connection below would roll back as well; saying it keeps the intent visible.
    await locked?.executeScript('ROLLBACK').catch(() => undefined);
    throw lockFailure ?? (isDatabaseBusy(error) ? new DatabaseBusyError(path, lockWaitMs) : error);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}

function isEngineLock(sql: string): boolean {
  return /^\s*PRAGMA\s+(main\.)?locking_mode\s*=\s*EXCLUSIVE/i.test(sql);
}

/**
 * Begins the write transaction, retrying in short waits so that this process's event loop (and any
 * other engine in it) keeps running while another process holds the lock.
 */
async function takeWriteLock(adapter: SqlDriverAdapter, path: string, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  await adapter.executeScript('PRAGMA foreign_keys = OFF; PRAGMA busy_timeout = 100');
  for (;;) {
    try {
      await adapter.executeScript('BEGIN IMMEDIATE');
      break;
    } catch (error) {
      if (!isDatabaseBusy(error)) throw error;
      if (Date.now() >= deadline) throw new DatabaseBusyError(path, waitMs);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  // Inside the transaction only a commit in rollback-journal mode can still wait, on readers.
  await adapter.executeScript(`PRAGMA busy_timeout = ${Math.max(0, Math.round(waitMs))}`);
}
