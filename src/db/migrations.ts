import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { withSchemaEngine } from './schema-engine.ts';

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

/** Brings the database at `url` up to date; returns the names of the migrations it applied. */
export async function applyMigrations(url: string): Promise<string[]> {
  ensureDatabaseFolder(url);
  return withSchemaEngine(url, readSchema(), async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrationList(),
      filters: noFilters,
    });
    return appliedMigrationNames;
  });
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
