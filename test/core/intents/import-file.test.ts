import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Attachment, Reply } from '../../../src/core/types.ts';
import { addMember, button, cardText, createTestBot, fixedNow } from '../../helpers/bot.ts';
import { countRows, csvFile } from '../../import/import-helpers.ts';

const customers = csvFile('customers.csv', [
  'Name,Region,Industry,Owner,Contact,Title,Phone,Email,Sales',
  'Initrode Ltd,Shanghai,Software,Tom Chen,Peter Gibbons,Engineer,+86 139 1234 5678,peter@initrode.example,"1,200.50"',
  'Huawei Technologies,,,,Zhang,,13800138001,,',
  'Initrode Limited,,,,Milton,Clerk,021-5555 6666,milton@initrode.example,300',
  'Nobody Inc,,,Ghost Person,,,12345,,',
]);
const file = (f = customers): Attachment => ({ kind: 'file', name: f.fileName, bytes: f.bytes });

async function setup() {
  const t = await createTestBot();
  let n = 0;
  const send = (who: string, attachment: Attachment, chat: 'direct' | 'group' = 'direct') =>
    t.bot.handle({
      kind: 'message',
      eventId: `f${++n}`,
      sender: { platform: 'console', externalId: `demo:${who}` },
      chat: { id: 'c', kind: chat },
      text: '',
      attachment,
    });
  return { ...t, send };
}

const only = (reply: Reply) => {
  expect(reply.cards).toHaveLength(1);
  return reply.cards[0]!;
};

describe('importing a file sent in chat', () => {
  it("an admin's file gets a dry run with Import N rows; confirming imports it and updates the card", async () => {
    const t = await setup();
    const before = await countRows(t.db);
    const preview = only(await t.send('admin', file()));
    expect(cardText(preview)).toContain('导入预览：customers.csv');
    expect(cardText(preview)).toContain(
      '第 5 行 Nobody Inc：电话「12345」无效；负责人「Ghost Person」不存在',
    );
    expect(cardText(preview)).toContain('[导入 2 行]');
    expect(await countRows(t.db)).toEqual(before);

    const done = await t.press('admin', button(preview, 'import.confirm'));
    expect(done.replaceOriginal).toBe(true);
    const card = only(done);
    expect(card.title).toBe('已导入：customers.csv');
    expect(card.buttons).toEqual([]);
    expect(card.footer).toMatch(/^管理员 于 .+ 导入 2 行，审计记录 #\d+$/);
    const initrode = await t.db.customer.findFirstOrThrow({
      where: { name: 'Initrode Ltd' },
      include: { contacts: true },
    });
    expect(initrode.contacts.map((c) => c.name).sort()).toEqual(['Milton', 'Peter Gibbons']);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'customers.imported' } });
    expect(audit.source).toMatch(/^console:t\d+$/);
    expect(JSON.parse(audit.data!)).toMatchObject({ file: 'customers.csv' });
    const stored = await t.db.pendingImport.findFirstOrThrow();
    expect(stored).toMatchObject({ outcome: 'imported', auditId: audit.id });
    expect(stored.bytes.byteLength).toBe(0);
  });

  it('an XLSX file works the same way', async () => {
    const t = await setup();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(['客户名称', '地区', '联系人', '电话']);
    sheet.addRow(['深圳市大疆创新科技有限公司', '深圳', '汪工', '13800138111']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const preview = only(await t.send('admin', { kind: 'file', name: '客户.xlsx', bytes }));
    await t.press('admin', button(preview, 'import.confirm'));
    expect(await t.db.customer.count({ where: { name: '深圳市大疆创新科技有限公司' } })).toBe(1);
    expect(await t.db.contact.count({ where: { name: '汪工', phone: '+8613800138111' } })).toBe(1);
  });

  it('someone who is not an admin is refused and nothing is kept', async () => {
    const t = await setup();
    const before = await countRows(t.db);
    const reply = await t.send('zhang', file());
    expect(reply.private).toBe(true);
    expect(cardText(only(reply))).toContain('只有管理员可以导入客户');
    expect(await t.db.pendingImport.count()).toBe(0);
    expect(await countRows(t.db)).toEqual(before);
  });

  it('a second press says it was already imported and writes nothing more', async () => {
    const t = await setup();
    const confirm = button(only(await t.send('admin', file())), 'import.confirm');
    await t.press('admin', confirm);
    const after = await countRows(t.db);
    const again = only(await t.press('admin', confirm));
    expect(cardText(again)).toMatch(/已于 .+ 导入过了（审计记录 #\d+），不会重复导入/);
    expect(await countRows(t.db)).toEqual(after);
  });

  it('cancel drops the file; the confirm afterwards says it was cancelled', async () => {
    const t = await setup();
    const before = await countRows(t.db);
    const preview = only(await t.send('admin', file()));
    const cancelled = await t.press('admin', button(preview, 'import.cancel'));
    expect(cancelled.replaceOriginal).toBe(true);
    expect(cardText(only(cancelled))).toContain('已取消导入「customers.csv」');
    expect(cardText(only(await t.press('admin', button(preview, 'import.confirm'))))).toContain('导入已取消');
    expect(await countRows(t.db)).toEqual(before);
  });

  it('a preview older than a day cannot be confirmed', async () => {
    const t = await setup();
    const before = await countRows(t.db);
    const preview = only(await t.send('admin', file()));
    t.setNow(new Date(fixedNow.getTime() + 25 * 3600_000));
    expect(cardText(only(await t.press('admin', button(preview, 'import.confirm'))))).toContain(
      '已超过 24 小时，请重新发送文件',
    );
    expect(await countRows(t.db)).toEqual(before);
  });

  it('only the admin who sent the file can confirm it', async () => {
    const t = await setup();
    const preview = only(await t.send('admin', file()));
    await addMember(t.db, 'console:admin2', { name: 'Second Admin', role: 'admin', locale: 'en' });
    const before = await countRows(t.db);
    const refused = only(await t.press('console:admin2', button(preview, 'import.confirm')));
    expect(cardText(refused)).toContain('Only the admin who sent this file');
    expect(await countRows(t.db)).toEqual(before);
  });

  it('the confirm plans again against the data as it is then, and shows what was really imported', async () => {
    const t = await setup();
    const preview = only(await t.send('admin', file()));
    await t.db.customer.create({ data: { name: 'Initrode Ltd', normalizedName: 'initrode' } });
    const card = only(await t.press('admin', button(preview, 'import.confirm')));
    expect(cardText(card)).toContain('更新已有客户');
    expect(await t.db.customer.count({ where: { name: { startsWith: 'Initrode' } } })).toBe(1);
  });

  it.each([
    [
      { kind: 'file', name: 'quote.pdf', bytes: new Uint8Array([37, 80, 68, 70]) },
      '只能导入 .csv 或 .xlsx 文件，「quote.pdf」不是',
    ],
    [{ kind: 'file', name: 'old.xls', bytes: new Uint8Array([1]) }, '不支持旧版 .xls 文件'],
    [{ kind: 'file', name: 'empty.csv', bytes: new Uint8Array() }, '「empty.csv」是空文件'],
    [{ kind: 'file', name: 'broken.xlsx', bytes: new Uint8Array([1, 2, 3]) }, '不是有效的 .xlsx 文件'],
    [{ kind: 'unreadable', name: 'big.xlsx', reason: 'too_large' }, '「big.xlsx」超过 10 MB'],
    [
      { kind: 'unreadable', name: 'a.csv', reason: 'download_failed', status: 404 },
      '没能下载「a.csv」 (HTTP 404)',
    ],
  ] satisfies [Attachment, string][])(
    '%o gets a specific answer and nothing is kept',
    async (attachment, text) => {
      const t = await setup();
      const reply = await t.send('admin', attachment);
      expect(cardText(only(reply))).toContain(text);
      expect(await t.db.pendingImport.count()).toBe(0);
    },
  );

  it('the admin help says how to import a file', async () => {
    const t = await setup();
    expect(cardText(only(await t.say('admin', '管理命令')))).toContain(
      '导入客户：把 .csv 或 .xlsx 文件发给我',
    );
  });

  it('in a group chat the report goes to the admin only', async () => {
    const t = await setup();
    const reply = await t.send('admin', file(), 'group');
    expect(reply.private).toBe(true);
    expect(button(only(reply), 'import.confirm').label).toBe('导入 2 行');
  });
});
