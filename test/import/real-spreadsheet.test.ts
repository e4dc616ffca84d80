import { describe, expect, it } from 'vitest';
import { importReportCard } from '../../cards/import-report.ts';
import { writeSetting } from '../../src/db/settings.ts';
import { exportRecords } from '../../src/import/export-records.ts';
import { importCustomers } from '../../src/import/import-customers.ts';
import { cardText, createTestBot, fixedNow } from '../helpers/bot.ts';
import { actorNamed, countRows } from './import-helpers.ts';
import { writeXlsx } from './write-xlsx.ts';

const headers = [
  '客户名称',
  '所在地区',
  '所属行业',
  '企业规模',
  '客户等级',
  '客户负责人',
  '主要联系人',
  '联系人职务',
  '联系电话',
  '电子邮箱',
];

/**
 * The customer list of issue 20, as a regional sales team keeps it: a merged title row, the headers
 * they use, a blank row, a bad phone and e-mail, an unknown owner, 华为 again (matched by phone),
 * and a row with a job title but no contact name. Written by test/import/write-xlsx.ts, not exceljs.
 */
function teamSheet(): Uint8Array {
  return writeXlsx(
    [
      ['华南区重点客户名单（2026 年 11 月）'],
      headers,
      [
        '广州视源电子科技股份有限公司',
        '广州',
        '电子',
        '5000人以上',
        'A',
        '张伟',
        '刘强',
        '采购经理',
        '020-8888 6666',
        'liu.qiang@cvte.example',
      ],
      [
        '珠海格力电器股份有限公司',
        '珠海',
        '家电',
        '10000人以上',
        'B',
        '李娜',
        '周敏',
        '技术经理',
        '138 0013 8000',
        null,
      ],
      [],
      ['深圳市汇川技术股份有限公司', '深圳', '工控', null, 'B', '张伟', '吴刚', '总工', '0755-123', null],
      ['东莞市华科电子有限公司', '东莞', '电子', null, 'C', '张伟', '郑芳', '财务', '13912345678', 'zheng@'],
      ['佛山市顺德区美的电器', '佛山', '家电', null, 'B', '王五', '冯磊', '采购', '13712345678', null],
      ['华为', '深圳', '通信', null, 'A', '张伟', '张总', '采购总监', '+86 138-0013-8001', null],
      [
        '广州立白企业集团有限公司',
        '广州',
        '日化',
        null,
        'C',
        '李娜',
        null,
        '采购主管',
        '(020) 8111 2222',
        null,
      ],
    ],
    { merges: ['A1:J1'], sheetName: '华南区' },
  );
}

describe('a customer list made the way a regional sales team keeps one', () => {
  it('reads every header, makes no contact from a job title, and says so in the dry run', async () => {
    const { db } = await createTestBot();
    const before = await countRows(db);
    const report = await importCustomers(
      db,
      await actorNamed(db, '管理员'),
      { fileName: '华南区客户.xlsx', bytes: teamSheet() },
      { commit: false, now: fixedNow },
    );
    expect(report.columns.map((column) => column.field)).toEqual([
      'name',
      'region',
      'industry',
      'size',
      'grade',
      'owner',
      'contact',
      'title',
      'phone',
      'email',
    ]);
    expect(report.blankRows).toBe(1);
    expect(report.rows.map((row) => [row.row, row.kind])).toEqual([
      [3, 'create'],
      [4, 'update'],
      [6, 'reject'],
      [7, 'reject'],
      [8, 'reject'],
      // 华为 and its 张总 are in the CRM; "+86 138-0013-8001" is the stored 13800138001.
      [9, 'unchanged'],
      [10, 'create'],
    ]);
    expect(report.rows[5]).toMatchObject({ customer: '华为技术有限公司', matchedBy: 'phone' });
    expect(report.rows[6]).toMatchObject({ notes: [{ code: 'contact_name_missing' }] });
    const text = cardText(importReportCard({ locale: 'zh-Hans', report }));
    expect(text).toContain('主要联系人 → 联系人');
    expect(text).toContain('第 10 行 广州立白企业集团有限公司（负责人 李娜）；联系人姓名缺失，未建联系人');
    expect(text).toContain('第 6 行 深圳市汇川技术股份有限公司：电话「0755-123」无效');
    expect(text).toContain('第 7 行 东莞市华科电子有限公司：邮箱「zheng@」无效');
    expect(text).toContain('第 8 行 佛山市顺德区美的电器：负责人「王五」不存在');
    expect(await countRows(db)).toEqual(before);
  });

  it('commits contacts named after people, phones in E.164, and the same numbers written otherwise match next time', async () => {
    const { db } = await createTestBot();
    const admin = await actorNamed(db, '管理员');
    await importCustomers(
      db,
      admin,
      { fileName: '华南区客户.xlsx', bytes: teamSheet() },
      { commit: true, now: fixedNow },
    );

    const contactsOf = async (name: string) =>
      (
        await db.customer.findFirstOrThrow({
          where: { name },
          include: { contacts: { orderBy: { id: 'asc' } } },
        })
      ).contacts.map((c) => [c.name, c.title, c.phone]);
    expect(await contactsOf('广州视源电子科技股份有限公司')).toEqual([['刘强', '采购经理', '+862088886666']]);
    expect(await contactsOf('格力电器股份有限公司')).toEqual([['周敏', '技术经理', '+8613800138000']]);
    expect(await contactsOf('广州立白企业集团有限公司')).toEqual([]);
    expect(await db.contact.count({ where: { name: { in: ['采购经理', '技术经理', '采购主管'] } } })).toBe(0);

    // People see them as they write them: the export of contacts is in the local form.
    const exported = await exportRecords(db, admin, {
      what: 'contacts',
      format: 'csv',
      timeZone: 'Asia/Shanghai',
    });
    const csv = new TextDecoder().decode(exported.bytes);
    expect(csv).toContain('广州视源电子科技股份有限公司,刘强,采购经理,020-8888 6666,liu.qiang@cvte.example');
    expect(csv).toContain('格力电器股份有限公司,周敏,技术经理,138 0013 8000');

    const contactsBefore = await db.contact.count();
    const again = writeXlsx([
      ['公司名称', '对接人', '手机'],
      ['视源电子', '刘强', '+86 20 8888 6666'],
      ['格力', '周敏', '+86 138-0013-8000'],
    ]);
    const report = await importCustomers(
      db,
      admin,
      { fileName: '补充.xlsx', bytes: again },
      { commit: true, now: fixedNow },
    );
    expect(report.rows.map((row) => row.kind)).toEqual(['unchanged', 'unchanged']);
    expect(await db.contact.count()).toBe(contactsBefore);
  });

  it('a contact saved before phones were E.164 (digits-only key) is still found by its number', async () => {
    const { db } = await createTestBot();
    const huawei = await db.customer.findFirstOrThrow({ where: { name: '华为终端有限公司' } });
    await db.contact.create({
      data: { customerId: huawei.id, name: '前台', phone: '0769-2288 3399', normalizedPhone: '076922883399' },
    });
    const report = await importCustomers(
      db,
      await actorNamed(db, '管理员'),
      {
        fileName: 'x.xlsx',
        bytes: writeXlsx([
          ['客户名称', '电话'],
          ['华为东莞', '+86 769 2288 3399'],
        ]),
      },
      { commit: false, now: fixedNow },
    );
    expect(report.rows[0]).toMatchObject({
      kind: 'unchanged',
      customer: '华为终端有限公司',
      matchedBy: 'phone',
    });
  });

  it('reads two header rows with merged cells from a workbook exceljs did not write', async () => {
    const { db } = await createTestBot();
    const bytes = writeXlsx(
      [
        ['客戶名稱', '聯絡人', null, null, '負責人'],
        [null, '姓名', '職稱', '行動電話', null],
        ['台灣大哥大股份有限公司', '林志明', '經理', '+886 912 345 679', 'Tom Chen'],
      ],
      { merges: ['A1:A2', 'B1:D1', 'E1:E2'] },
    );
    const report = await importCustomers(
      db,
      await actorNamed(db, '管理员'),
      { fileName: '台灣.xlsx', bytes },
      { commit: true, now: fixedNow },
    );
    expect(report.columns.map((c) => [c.header, c.field])).toEqual([
      ['客戶名稱', 'name'],
      ['姓名', 'contact'],
      ['職稱', 'title'],
      ['行動電話', 'phone'],
      ['負責人', 'owner'],
    ]);
    const contact = await db.contact.findFirstOrThrow({ where: { name: '林志明' } });
    expect(contact).toMatchObject({ title: '經理', phone: '+886912345679' });
  });

  it('a Taiwan workspace reads 09… numbers as its mobiles and shows them that way', async () => {
    const { db } = await createTestBot();
    const admin = await actorNamed(db, '管理员');
    await writeSetting(db, 'phone.region', 'TW', admin.id);
    const bytes = writeXlsx([
      ['公司名稱', '窗口', '行動電話'],
      ['鴻海精密工業股份有限公司', '王小明', '0912-000-111'],
    ]);
    await importCustomers(db, admin, { fileName: 'tw.xlsx', bytes }, { commit: true, now: fixedNow });
    expect(await db.contact.findFirstOrThrow({ where: { name: '王小明' } })).toMatchObject({
      phone: '+886912000111',
    });
    const exported = await exportRecords(db, admin, {
      what: 'contacts',
      format: 'csv',
      timeZone: 'Asia/Taipei',
    });
    expect(new TextDecoder().decode(exported.bytes)).toContain('王小明,,0912 000 111');
  });
});
