import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { DatabaseBusyError, databasePathOf, isDatabaseBusy } from './database-busy.ts';
import { findPendingMigrations } from './pending-migrations.ts';
import { type EngineOptions, withSchemaEngine } from './schema-engine.ts';

const prismaDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../prisma');
export const schemaPath = join(prismaDir, 'schema.prisma');
export const migrationsDir = join(prismaDir, 'migrations');

const noFilters = { externalTables: [], externalEnums: [] };

export function readSchema(): string {
  return readFileSync(schemaPath, 'utf8');
}

/** The migrations folder as Prisma's engine expects it, in Prisma's own layout. */
export function readMigrationList(dir = migrationsDir): MigrationList {
  const lockPath = join(dir, 'migration_lock.toml');
  const folders = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: folders.map((folder) => {
      const file = join(dir, folder, 'migration.sql');
      return {
        path: folder,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file)
            ? { tag: 'ok', value: readFileSync(file, 'utf8') }
            : { tag: 'error', value: `${file} is missing` },
        },
      };
    }),
  };
}

/**
 * Brings the database at `url` up to date; returns the names of the migrations it applied. When
 * `_prisma_migrations` already lists every folder, nothing else happens: no schema engine, no lock,
 * so every process sharing the database can start while the service runs. Otherwise the engine
 * applies what is pending under a write lock (schema-engine.ts), after any other process doing the
 * same: applied once, never raced. A lock held longer than `lockWaitMs` is a DatabaseBusyError.
 */
export async function applyMigrations(
  url: string,
  { migrationsDir: dir, ...options }: EngineOptions & { migrationsDir?: string } = {},
): Promise<string[]> {
  ensureDatabaseFolder(url);
  const migrationsList = readMigrationList(dir);
  const folders = migrationsList.migrationDirectories.map((folder) => folder.path);
  const path = databasePathOf(url);
  let pending: string[];
  try {
    pending = findPendingMigrations(path, folders);
  } catch (error) {
    throw isDatabaseBusy(error) ? new DatabaseBusyError(path, 5000) : error;
  }
  if (pending.length === 0) return [];
  try {
    return await withSchemaEngine(
      url,
      readSchema(),
      async (engine) => {
        const { appliedMigrationNames } = await engine.applyMigrations({
          migrationsList,
          filters: noFilters,
        });
        return appliedMigrationNames;
      },
      options,
    );
  } catch (error) {
    if (error instanceof DatabaseBusyError) throw error;
    // The engine's words name a table or a statement, not the migration or the file.
    const reason = (error instanceof Error ? error.message : String(error)).trim().split('\n')[0];
    throw new Error(
      `applying ${pending.join(', ')} to ${path} failed, and none of them was applied: ${reason}`,
      { cause: error },
    );
  }
}

/** The SQL that takes the database at `url` to the schema in schema.prisma ('' when nothing differs). */
export async function diffDatabaseToSchema(url: string): Promise<string> {
  ensureDatabaseFolder(url);
  const schema = readSchema();
  const files = [{ path: 'schema.prisma', content: schema }];
  return withSchemaEngine(url, schema, async (engine) => {
    const { stdout } = await engine.diff({
      // "schemaDatasource" is the live database behind the engine's driver adapter.
      from: { tag: 'schemaDatasource', files, configDir: prismaDir },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return stdout ?? '';
  });
}

function ensureDatabaseFolder(url: string): void {
  const path = url.replace(/^file:/, '');
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
}
