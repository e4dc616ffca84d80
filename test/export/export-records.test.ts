import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { exportRecords } from '../../src/import/export-records.ts';
import { importCustomers } from '../../src/import/import-customers.ts';
import { createTestBot, fixedNow, timeZone } from '../helpers/bot.ts';
import { actorNamed } from '../import/import-helpers.ts';

type What = Parameters<typeof exportRecords>[2]['what'];

async function exportCsv(db: Db, person: string, what: What): Promise<string[][]> {
  const { bytes } = await exportRecords(db, await actorNamed(db, person), { what, format: 'csv', timeZone });
  return parse(Buffer.from(bytes), { bom: true }) as string[][];
}

const column = (table: string[][], index = 0) => table.slice(1).map((row) => row[index]);

describe('exporting', () => {
  it("gives a rep their own and unowned customers, never a colleague's", async () => {
    const { db } = await createTestBot();
    const names = column(await exportCsv(db, '张伟', 'customers'));
    expect(names).toContain('华为技术有限公司');
    expect(names).toContain('苏州汇川技术有限公司');
    expect(names).not.toContain('台積電股份有限公司');
    expect(names).not.toContain('Acme Corp');
    const contacts = await exportCsv(db, '张伟', 'contacts');
    expect(contacts[0]).toEqual(['客户名称', '联系人', '职务', '电话', '邮箱', '生日', '决策人']);
    expect(column(contacts, 1)).toContain('张总');
    expect(column(contacts, 1)).not.toContain('陳經理');
  });

  it("gives a manager the team's customers and an admin everything", async () => {
    const { db } = await createTestBot();
    const all = await db.customer.count();
    expect(column(await exportCsv(db, '管理员', 'customers'))).toHaveLength(all);
    const manager = column(await exportCsv(db, '王经理', 'customers'));
    expect(manager).toEqual(expect.arrayContaining(['台積電股份有限公司', 'Acme Corp', '华为技术有限公司']));
  });

  it('limits visits, follow-ups and complaints to the customers the person may see', async () => {
    const { db, say } = await createTestBot();
    await say('zhang', '投诉 华为技术 发票开错了');
    await say('tom', 'complaint for Globex: delivery is late');
    const visits = await exportCsv(db, 'Tom Chen', 'visits');
    expect(visits[0]![0]).toBe('Customer');
    expect(new Set(column(visits))).toEqual(new Set(['Acme Corp', 'Globex Corporation']));
    expect(new Set(column(await exportCsv(db, 'Tom Chen', 'follow_ups')))).toEqual(
      new Set(['Acme Corp', 'Globex Corporation']),
    );
    expect(column(await exportCsv(db, '张伟', 'complaints'))).toEqual(['华为技术有限公司']);
    // Service staff see the customers of complaints assigned to them.
    expect(new Set(column(await exportCsv(db, '赵客服', 'complaints')))).toEqual(
      new Set(['华为技术有限公司', 'Globex Corporation']),
    );
  });

  it('writes an XLSX file that imports back without changing anything', async () => {
    const { db } = await createTestBot();
    const admin = await actorNamed(db, '管理员');
    const { bytes, rows } = await exportRecords(db, admin, { what: 'customers', format: 'xlsx', timeZone });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('客户名称');
    expect(sheet.actualRowCount).toBe(rows + 1);
    const report = await importCustomers(
      db,
      admin,
      { fileName: 'export.xlsx', bytes },
      { commit: false, now: fixedNow },
    );
    expect(report.counts).toEqual({ create: 0, update: 0, merge: 0, unchanged: rows, reject: 0 });
  });
});
