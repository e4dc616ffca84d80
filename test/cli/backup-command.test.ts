import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { seedDemo } from '../../src/cli/seed-demo.ts';
import { backupDatabase } from '../../src/db/backup-database.ts';
import { createDb } from '../../src/db/client.ts';
import { fixedNow } from '../helpers/bot.ts';
import { createTestDb } from '../helpers/db.ts';

describe('crm backup', () => {
  it('writes a copy that opens with the same customers, and never overwrites a file', async () => {
    const { db } = await createTestDb();
    await seedDemo(db, fixedNow);
    const target = join(mkdtempSync(join(inject('testRunDir'), 'backup-')), 'nightly', 'copy.db');

    expect(await backupDatabase(db, target)).toEqual({ path: target });
    const copy = await createDb(`file:${target}`);
    expect(await copy.customer.count()).toBe(await db.customer.count());
    expect(await copy.customer.count()).toBeGreaterThan(0);
    await copy.$disconnect();

    expect(await backupDatabase(db, target)).toEqual({
      problem: expect.stringContaining('never overwrites'),
    });
  });

  it('without a file name the CLI prints the usage and exits 2', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'backup'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('backup FILE');
  });
});
