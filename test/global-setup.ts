import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../src/db/migrations.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testRunDir: string;
  }
}

const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'chatcrm-test');
const day = 24 * 60 * 60 * 1000;

/**
 * Migrates one template database into a folder of this run's own, so that runs side by side do not
 * disturb each other; each test that needs a database copies it (test/helpers/db.ts).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  mkdirSync(cacheDir, { recursive: true });
  removeLeftovers();
  const runDir = mkdtempSync(join(cacheDir, 'run-'));
  await applyMigrations(`file:${join(runDir, 'template.db')}`);
  project.provide('testRunDir', runDir);
  return () => rmSync(runDir, { recursive: true, force: true });
}

/** Folders of runs that were killed before their teardown. */
function removeLeftovers(): void {
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (Date.now() - statSync(path).mtimeMs > day) rmSync(path, { recursive: true, force: true });
  }
}
