import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/cli/seed-demo.ts';
import { fixedNow } from '../helpers/bot.ts';
import { createTestDb } from '../helpers/db.ts';

function crm(url: string, args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: url },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('crm import and crm export', () => {
  it('previews an import, commits it, and exports what a person may see', { timeout: 60_000 }, async () => {
    const { db, url } = await createTestDb();
    await seedDemo(db, fixedNow);
    await db.$disconnect();
    const dir = dirname(url.replace(/^file:/, ''));
    const file = join(dir, 'new.csv');
    writeFileSync(file, '\uFEFF客户名称,负责人,电话\n杭州晨光软件有限公司,张伟,13512345678\n坏行,王五,abc\n');

    const preview = crm(url, ['import', file]);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('导入预览 new.csv：预演，没有写入任何内容');
    expect(preview.stdout).toContain('第 3 行 坏行：电话「abc」无效；负责人「王五」不存在');
    expect(preview.stdout).toContain('第 2 行 杭州晨光软件有限公司');

    const commit = crm(url, ['import', file, '--commit']);
    expect(commit.stdout).toMatch(/已导入 new\.csv（审计记录 #\d+）/);

    const out = join(dir, 'mine.csv');
    const exported = crm(url, ['export', out, '--as', '张伟']);
    expect(exported.stdout).toContain(`customers that 张伟 may see to ${out}`);
    const names = (parse(readFileSync(out), { bom: true }) as string[][]).map((row) => row[0]);
    expect(names).toContain('杭州晨光软件有限公司');
    expect(names).not.toContain('Acme Corp');

    expect(crm(url, ['export', join(dir, 'x.pdf')]).stderr).toContain('must end in .csv or .xlsx');
    expect(crm(url, ['export', out, '--what', 'pets']).stderr).toContain('--what');
    expect(crm(url, ['export', out, '--as', '无名氏']).stderr).toContain('nobody is called "无名氏"');
  });
});
