// Benchmark: importing 100,000 customer rows from CSV and from XLSX, dry run then commit, each on a
// fresh database with the demo team. Target (issue): under a minute for 100,000 rows.
//   npx tsx scripts/bench-import.ts [--rows 100000]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { seedDemo } from '../src/cli/seed-demo.ts';
import { createDb } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrations.ts';
import { toActor } from '../src/db/people.ts';
import { importCustomers } from '../src/import/import-customers.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
const rowCount = Number(values.rows);

const heads = '金星银河东方华夏恒通宏达新源瑞丰嘉禾永盛天成博远鼎盛中科联创卓越汇智景泰晨光';
const middles = '安德福广海和华佳锦凯乐林明鹏启荣盛泰通维祥信阳亿英远泽正志智众卓';
const trades = ['科技', '电子', '机械', '医药', '物流', '能源', '材料', '软件', '食品', '化工'];
const owners = ['张伟', '李娜', 'Tom Chen', '', ''];

function companyName(i: number): string {
  if (i % 5 === 4) return `Company ${i} ${['Holdings', 'Systems', 'Labs', 'Partners'][i % 4]} Inc.`;
  const a = heads[i % heads.length]!;
  const b = middles[Math.floor(i / heads.length) % middles.length]!;
  const c = middles[Math.floor(i / (heads.length * middles.length)) % middles.length]!;
  const d = heads[Math.floor(i / (heads.length * middles.length * middles.length)) % heads.length]!;
  return `${a}${b}${c}${d}${trades[i % trades.length]}有限公司`;
}

/** Header and rows; one row in a hundred repeats an earlier customer with a second contact. */
function table(): string[][] {
  const rows = [
    ['客户名称', '地区', '行业', '负责人', '联系人', '职务', '电话', '邮箱', '销售额', '成交日期'],
  ];
  for (let i = 0; i < rowCount; i++) {
    const repeat = i % 100 === 99;
    const customer = repeat ? i - 50 : i;
    rows.push([
      companyName(customer),
      ['上海', '深圳', '北京', '杭州'][i % 4]!,
      trades[i % trades.length]!,
      owners[i % owners.length]!,
      `联系人${i}`,
      '经理',
      `+86 13${String(100_000_000 + i).slice(0, 9)}`,
      `c${i}@bench.example`,
      String((i % 5000) * 10 + 0.5),
      `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
    ]);
  }
  return rows;
}

async function writeXlsx(path: string, rows: string[][]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const sheet = workbook.addWorksheet('客户');
  for (const row of rows) sheet.addRow(row).commit();
  await workbook.commit();
}

async function freshDb(dir: string, name: string) {
  const url = `file:${join(dir, `${name}.db`)}`;
  await applyMigrations(url);
  const db = await createDb(url);
  await seedDemo(db, new Date());
  // Rows without an owner take one from these, as a real workspace's would.
  const idOf = async (name: string) => (await db.person.findFirstOrThrow({ where: { name } })).id;
  await db.assignmentRule.createMany({
    data: [
      { position: 1, region: '深圳', industry: '软件', ownerId: await idOf('李娜') },
      { position: 2, region: '北京', ownerId: await idOf('张伟') },
      { position: 3, industry: '医药', ownerId: await idOf('Tom Chen') },
    ],
  });
  return db;
}

async function time<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

const dir = mkdtempSync(join(tmpdir(), 'chatcrm-bench-import-'));
try {
  const rows = await time(`generate ${rowCount} rows`, async () => table());
  const csvPath = join(dir, 'customers.csv');
  const xlsxPath = join(dir, 'customers.xlsx');
  await time('write CSV', async () => writeFileSync(csvPath, `\uFEFF${stringify(rows)}`));
  await time('write XLSX', () => writeXlsx(xlsxPath, rows));
  for (const [format, path] of [
    ['CSV', csvPath],
    ['XLSX', xlsxPath],
  ] as const) {
    const db = await freshDb(dir, format);
    const admin = toActor(await db.person.findFirstOrThrow({ where: { role: 'admin' } }));
    const file = { fileName: path, bytes: readFileSync(path) };
    const now = new Date();
    const dry = await time(`${format} dry run`, () =>
      importCustomers(db, admin, file, { commit: false, now }),
    );
    const done = await time(`${format} commit`, () =>
      importCustomers(db, admin, file, { commit: true, now }),
    );
    console.log(`  ${format}: ${JSON.stringify(done.counts)}, ${JSON.stringify(done.totals)}`);
    if (JSON.stringify(dry.counts) !== JSON.stringify(done.counts))
      console.log('  dry run and commit disagree!');
    console.log(
      `  customers in the database: ${await db.customer.count()}, unowned: ${await db.customer.count({ where: { ownerId: null } })}`,
    );
    // The same file again: every row now matches an existing customer, the lookup's heaviest case.
    const again = await time(`${format} second import, dry run`, () =>
      importCustomers(db, admin, file, { commit: false, now }),
    );
    console.log(`  ${format} again: ${JSON.stringify(again.counts)}`);
    await db.$disconnect();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
