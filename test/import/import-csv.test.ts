import { describe, expect, it } from 'vitest';
import { importReportCard } from '../../cards/import-report.ts';
import { importCustomers } from '../../src/import/import-customers.ts';
import { cardText, createTestBot, fixedNow } from '../helpers/bot.ts';
import { actorNamed, countRows, csvFile } from './import-helpers.ts';

const file = csvFile('customers.csv', [
  'Name,Region,Industry,Owner,Contact,Title,Phone,Email,Sales',
  'Initrode Ltd,Shanghai,Software,Tom Chen,Peter Gibbons,Engineer,+86 139 1234 5678,peter@initrode.example,"1,200.50"',
  'Huawei Technologies,,,,Zhang,,13800138001,,',
  'Initrode Limited,,,,Milton,Clerk,021-5555 6666,milton@initrode.example,300',
  'Nobody Inc,,,Ghost Person,,,12345,,',
  'Bolts Co,Hangzhou,,,,,,,abc',
]);

describe('importing a CSV', () => {
  it('reports what would be created, updated, merged and rejected, with row numbers, and writes nothing', async () => {
    const { db } = await createTestBot();
    const before = await countRows(db);
    const report = await importCustomers(db, await actorNamed(db, '管理员'), file, {
      commit: false,
      now: fixedNow,
    });
    expect(report.committed).toBe(false);
    expect(report.counts).toEqual({ create: 1, update: 0, merge: 1, unchanged: 1, reject: 2 });
    expect(report.rows.map((row) => [row.row, row.kind])).toEqual([
      [2, 'create'],
      [3, 'unchanged'],
      [4, 'merge'],
      [5, 'reject'],
      [6, 'reject'],
    ]);
    // Found by the phone of its contact 张总, although the file spells the name in English.
    expect(report.rows[1]).toMatchObject({ customer: '华为技术有限公司', matchedBy: 'phone' });
    expect(report.rows[3]).toMatchObject({
      reasons: [
        { code: 'bad_phone', value: '12345' },
        { code: 'owner_unknown', owner: 'Ghost Person' },
      ],
    });
    expect(report.rows[4]).toMatchObject({ reasons: [{ code: 'bad_amount', value: 'abc' }] });
    expect(await countRows(db)).toEqual(before);
  });

  it('shows the dry run on a card with the reasons a person can act on', async () => {
    const { db } = await createTestBot();
    const report = await importCustomers(db, await actorNamed(db, '管理员'), file, {
      commit: false,
      now: fixedNow,
    });
    const zh = cardText(importReportCard({ locale: 'zh-Hans', report }));
    expect(zh).toContain('导入预览：customers.csv');
    expect(zh).toContain('第 5 行 Nobody Inc：电话「12345」无效；负责人「Ghost Person」不存在');
    expect(zh).toContain('第 4 行 Initrode Limited → 第 2 行：联系人 +1，成交 +1');
    expect(zh).toContain('还没有写入任何内容');
    const en = cardText(importReportCard({ locale: 'en', report }));
    expect(en).toContain('Row 6 Bolts Co: sales "abc" is not an amount');
  });

  it('commits in one go: customers, contacts with matching keys, sales in cents, owners and an audit entry', async () => {
    const { db } = await createTestBot();
    const report = await importCustomers(db, await actorNamed(db, '管理员'), file, {
      commit: true,
      now: fixedNow,
    });
    const initrode = await db.customer.findFirstOrThrow({
      where: { name: 'Initrode Ltd' },
      include: { contacts: { orderBy: { id: 'asc' } }, sales: { orderBy: { id: 'asc' } }, owner: true },
    });
    expect(initrode).toMatchObject({ region: 'Shanghai', industry: 'Software', normalizedName: 'initrode' });
    expect(initrode.owner?.name).toBe('Tom Chen');
    // "+86 139 1234 5678" and "021-5555 6666" are stored in E.164, the form every spelling matches on.
    expect(initrode.contacts.map((c) => [c.name, c.phone, c.normalizedPhone, c.normalizedEmail])).toEqual([
      ['Peter Gibbons', '+8613912345678', '+8613912345678', 'peter@initrode.example'],
      ['Milton', '+862155556666', '+862155556666', 'milton@initrode.example'],
    ]);
    expect(initrode.sales.map((sale) => sale.amountCents)).toEqual([120_050, 30_000]);
    expect(
      await db.customer.count({ where: { name: { in: ['Nobody Inc', 'Bolts Co', 'Initrode Limited'] } } }),
    ).toBe(0);
    const entries = await db.auditLog.findMany({ where: { source: 'import:customers.csv' } });
    expect(entries.map((entry) => entry.action).sort()).toEqual(['customer.created', 'customers.imported']);
    expect(report.auditId).toBe(entries.find((entry) => entry.action === 'customers.imported')!.id);
  });

  it('adds nothing when the same file is imported a second time', async () => {
    const { db } = await createTestBot();
    const admin = await actorNamed(db, '管理员');
    await importCustomers(db, admin, file, { commit: true, now: fixedNow });
    const after = await countRows(db);
    const again = await importCustomers(db, admin, file, { commit: true, now: fixedNow });
    expect(again.counts).toMatchObject({ create: 0, update: 0, reject: 2 });
    expect(again.rows.slice(0, 3).map((row) => row.kind)).toEqual(['unchanged', 'unchanged', 'merge']);
    expect({ ...(await countRows(db)), audit: 0 }).toEqual({ ...after, audit: 0 });
  });

  it('writes nothing at all when the database fails halfway through', async () => {
    const { db } = await createTestBot();
    // Sales are written after customers and contacts: fail there, with real rows already inserted.
    await db.$executeRawUnsafe(
      "CREATE TRIGGER fail_sale BEFORE INSERT ON Sale BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    const before = await countRows(db);
    await expect(
      importCustomers(db, await actorNamed(db, '管理员'), file, { commit: true, now: fixedNow }),
    ).rejects.toThrow(/disk full/);
    expect(await countRows(db)).toEqual(before);
    expect(await db.customer.count({ where: { name: 'Initrode Ltd' } })).toBe(0);
  });

  it('reads a CSV with a byte order mark, and one saved as GBK by Chinese Excel', async () => {
    const { db } = await createTestBot();
    const admin = await actorNamed(db, '管理员');
    const withBom = csvFile('bom.csv', ['客户名称,电话', '苏州新源材料有限公司,13512345678']);
    expect([...withBom.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const bom = await importCustomers(db, admin, withBom, { commit: false, now: fixedNow });
    expect(bom.columns[0]).toEqual({ header: '客户名称', field: 'name' });
    expect(bom.counts.create).toBe(1);
    // 客户名称,电话 / 宁波瑞丰机械有限公司,13512345679 in GBK.
    const gbk = Uint8Array.from(
      Buffer.from(
        'bfcdbba7c3fbb3c62cb5e7bbb00d0ac4feb2a8c8f0b7e1bbfad0b5d3d0cfdeb9abcbbe2c31333531323334353637390d0a',
        'hex',
      ),
    );
    const report = await importCustomers(
      db,
      admin,
      { fileName: 'gbk.csv', bytes: gbk },
      { commit: false, now: fixedNow },
    );
    expect(report.rows[0]).toMatchObject({ kind: 'create', name: '宁波瑞丰机械有限公司' });
  });

  it('refuses anyone but an admin, and a file without a name column', async () => {
    const { db } = await createTestBot();
    await expect(
      importCustomers(db, await actorNamed(db, '王经理'), file, { commit: false, now: fixedNow }),
    ).rejects.toMatchObject({ code: 'forbidden', userMessage: '只有管理员可以导入客户。' });
    const noName = csvFile('x.csv', ['Phone,Email', '13512345678,a@b.example']);
    await expect(
      importCustomers(db, await actorNamed(db, '管理员'), noName, { commit: false, now: fixedNow }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      userMessage: expect.stringContaining('找不到客户名称列'),
    });
    await expect(
      importCustomers(
        db,
        await actorNamed(db, '管理员'),
        { fileName: 'old.xls', bytes: new Uint8Array(8) },
        {
          commit: false,
          now: fixedNow,
        },
      ),
    ).rejects.toMatchObject({ userMessage: expect.stringContaining('另存为 .xlsx') });
  });
});
