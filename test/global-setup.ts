import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { applyMigrations } from '../src/db/migrations.ts';

export const templateDir = join(process.cwd(), 'node_modules', '.cache', 'chatcrm-test');

// Migrate one template database; each test that needs a database copies it (test/helpers/db.ts).
export default async function setup(): Promise<void> {
  rmSync(templateDir, { recursive: true, force: true });
  mkdirSync(templateDir, { recursive: true });
  await applyMigrations(`file:${join(templateDir, 'template.db')}`);
}
