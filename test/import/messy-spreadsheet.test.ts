import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importCustomers } from '../../src/import/import-customers.ts';
import { createTestBot, fixedNow } from '../helpers/bot.ts';
import { actorNamed, countRows } from './import-helpers.ts';

/**
 * A spreadsheet as people really send them: a title row, traditional-Chinese headers in two rows with
 * merged cells (聯絡人 over 姓名 | 職務 | 電話 | 郵箱), sales in 萬元, full-width digits, blank rows, a
 * customer twice, customers the CRM already has, a bad phone number and an owner nobody knows.
 */
async function messyWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客戶');
  sheet.addRow(['2026 年客戶名單（華南區）']);
  sheet.mergeCells('A1:I1');
  sheet.addRow(['客戶名稱', '地區', '負責人', '聯絡人', null, null, null, '銷售額（萬元）', '備註']);
  sheet.addRow([null, null, null, '姓名', '職務', '電話', '郵箱', null, null]);
  for (const column of ['A', 'B', 'C', 'H', 'I']) sheet.mergeCells(`${column}2:${column}3`);
  sheet.mergeCells('D2:G2');
  const rows: (string | number | null)[][] = [
    // row 4
    [
      '深圳市飛鵬科技有限公司',
      '深圳',
      '張偉',
      '陳先生',
      '總經理',
      '１３９ ０１３９ ８８８８',
      'chen@feipeng.example',
      12.5,
      '老客戶介紹',
    ],
    [], // row 5: blank
    // row 6: the same company again, written shorter, with a second contact
    ['飛鵬科技', null, null, '林小姐', '採購', '13700137000', null, null, null],
    // row 7: in the CRM already as 华为技术有限公司 (owner 张伟, region 深圳)
    ['華為技術有限公司', '東莞', '李娜', '王工', '工程師', '13600136000', null, null, null],
    // row 8: in the CRM as 招商银行股份有限公司, with its contact 李经理 (13900139001)
    ['招商銀行', null, null, '李經理', null, '+86 139-0013-9001', null, null, null],
    // row 9: a phone number nobody can dial
    ['廣州恒通貿易有限公司', '廣州', null, '周先生', null, '電話待補充', null, null, null],
    // row 10: an owner nobody knows
    ['佛山嘉禾食品有限公司', '佛山', '王五', null, null, null, null, '３', null],
    [], // row 11: blank
    // row 12: a new customer, the amount in full-width digits, the email in capitals
    ['珠海博遠電子有限公司', '珠海', null, '何小姐', null, null, 'HE@BOYUAN.EXAMPLE', '３０', null],
    // row 13: another name for 飛鵬 whose phone gives it away
    ['飛鵬深圳分部', null, null, '陳先生', null, '+86 139-0139-8888', null, null, null],
  ];
  for (const row of rows) sheet.addRow(row);
  sheet.addRow([]);
  sheet.addRow([]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('importing a messy spreadsheet', () => {
  it('reads merged traditional-Chinese headers and reports every row by its sheet row number', async () => {
    const { db } = await createTestBot();
    const before = await countRows(db);
    const file = { fileName: '客戶名單.xlsx', bytes: await messyWorkbook() };
    const report = await importCustomers(db, await actorNamed(db, '管理员'), file, {
      commit: false,
      now: fixedNow,
    });

    expect(report.columns).toEqual([
      { header: '客戶名稱', field: 'name' },
      { header: '地區', field: 'region' },
      { header: '負責人', field: 'owner' },
      { header: '姓名', field: 'contact' },
      { header: '職務', field: 'title' },
      { header: '電話', field: 'phone' },
      { header: '郵箱', field: 'email' },
      { header: '銷售額（萬元）', field: 'sales' },
      { header: '備註', field: null },
    ]);
    expect(report.rows.map((row) => [row.row, row.kind])).toEqual([
      [4, 'create'],
      [6, 'merge'],
      [7, 'update'],
      [8, 'unchanged'],
      [9, 'reject'],
      [10, 'reject'],
      [12, 'create'],
      [13, 'merge'],
    ]);
    expect(report.blankRows).toBe(2);
    expect(report.rows[1]).toMatchObject({ intoRow: 4, matchedBy: 'name' });
    expect(report.rows[7]).toMatchObject({ intoRow: 4, matchedBy: 'phone' });
    expect(report.rows[2]).toMatchObject({
      customer: '华为技术有限公司',
      changes: {
        contactsAdded: 1,
        kept: [
          { field: 'region', current: '深圳', incoming: '東莞' },
          { field: 'owner', current: '张伟', incoming: '李娜' },
        ],
      },
    });
    expect(report.rows[4]).toMatchObject({ reasons: [{ code: 'bad_phone', value: '電話待補充' }] });
    expect(report.rows[5]).toMatchObject({ reasons: [{ code: 'owner_unknown', owner: '王五' }] });
    expect(await countRows(db)).toEqual(before);
  });

  it('commits the accepted rows: contacts with matching keys, sales in cents, existing values kept', async () => {
    const { db } = await createTestBot();
    const file = { fileName: '客戶名單.xlsx', bytes: await messyWorkbook() };
    const report = await importCustomers(db, await actorNamed(db, '管理员'), file, {
      commit: true,
      now: fixedNow,
    });
    expect(report.committed).toBe(true);

    const feipeng = await db.customer.findFirstOrThrow({
      where: { name: '深圳市飛鵬科技有限公司' },
      include: { contacts: { orderBy: { id: 'asc' } }, sales: true, owner: true },
    });
    expect(feipeng.owner?.name).toBe('张伟');
    expect(feipeng.contacts.map((c) => [c.name, c.normalizedPhone])).toEqual([
      ['陳先生', '+8613901398888'],
      ['林小姐', '+8613700137000'],
    ]);
    expect(feipeng.sales).toEqual([expect.objectContaining({ amountCents: 12_500_000, source: 'import' })]);
    expect(feipeng.sales[0]!.occurredOn.toISOString().slice(0, 10)).toBe('2026-11-23');

    const boyuan = await db.customer.findFirstOrThrow({
      where: { name: '珠海博遠電子有限公司' },
      include: { contacts: true, sales: true },
    });
    expect(boyuan.contacts[0]).toMatchObject({ name: '何小姐', normalizedEmail: 'he@boyuan.example' });
    expect(boyuan.sales[0]!.amountCents).toBe(30_000_000);

    const huawei = await db.customer.findFirstOrThrow({
      where: { name: '华为技术有限公司' },
      include: { contacts: true, owner: true },
    });
    expect(huawei.region).toBe('深圳');
    expect(huawei.owner?.name).toBe('张伟');
    expect(huawei.contacts.map((c) => c.name)).toContain('王工');

    expect(
      await db.customer.count({ where: { name: { in: ['廣州恒通貿易有限公司', '佛山嘉禾食品有限公司'] } } }),
    ).toBe(0);
    expect(await db.customer.count({ where: { name: '飛鵬科技' } })).toBe(0);
    const audit = await db.auditLog.findUniqueOrThrow({ where: { id: report.auditId! } });
    expect(audit).toMatchObject({ action: 'customers.imported', entity: 'import', entityId: report.auditId });
  });
});
