import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Attachment } from '../../src/core/types.ts';
import { runImportCommand } from '../../src/import/run-import-command.ts';
import { button, cardText, createTestBot, fixedNow } from '../helpers/bot.ts';
import { writeXlsx } from './write-xlsx.ts';

// "KP" (key person) is what some teams call the contact; no synonym table should guess it.
const sheet = (rows: (string | null)[][]) => writeXlsx([['客户名称', 'KP', '联系电话', '备注'], ...rows]);

/** Runs `crm import` in-process and returns what it printed. */
async function crmImport(
  db: Parameters<typeof runImportCommand>[0],
  file: string,
  extra: { commit?: boolean; map?: string[] } = {},
) {
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((text: string) => void out.push(text));
  const error = vi.spyOn(console, 'error').mockImplementation((text: string) => void out.push(text));
  try {
    const code = await runImportCommand(db, {
      file,
      commit: extra.commit ?? false,
      now: fixedNow,
      timeZone: 'Asia/Shanghai',
      ...(extra.map ? { map: extra.map } : {}),
    });
    return { code, text: out.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('columns the headers do not name are mapped by the admin, once', () => {
  it('on the command line: named in the dry run, read with --map, remembered for the next file', async () => {
    const { db } = await createTestBot();
    const dir = mkdtempSync(join(tmpdir(), 'map-'));
    const first = join(dir, '客户.xlsx');
    writeFileSync(first, sheet([['杭州晨光软件有限公司', '陈伟', '0571-8807 5998', '老客户']]));

    const dry = await crmImport(db, first);
    expect(dry.text).toContain('KP → （忽略）');
    expect(dry.text).toContain(
      '未识别的列：KP、备注。如果其中有用的列，用 --map 列名=字段 指定（例如 --map KP=contact',
    );

    expect((await crmImport(db, first, { map: ['KP=宠物'] })).code).toBe(2);
    expect((await crmImport(db, first, { map: ['对接人=contact'] })).text).toContain(
      '文件的表头里没有「对接人」这一列',
    );

    const mapped = await crmImport(db, first, { map: ['KP=contact', '备注=ignore'], commit: true });
    expect(mapped.code).toBe(0);
    expect(mapped.text).toContain('KP → contact（映射）');
    const hik = await db.customer.findFirstOrThrow({
      where: { name: '杭州晨光软件有限公司' },
      include: { contacts: true },
    });
    expect(hik.contacts.map((c) => [c.name, c.phone])).toEqual([['陈伟', '+8657188075998']]);

    // Next month's file has the same header row: no --map needed.
    const second = join(dir, '客户-12月.xlsx');
    writeFileSync(second, sheet([['浙江大华技术股份有限公司', '孙丽', '0571-2893 9999', null]]));
    const next = await crmImport(db, second, { commit: true });
    expect(next.text).toContain('KP → contact（记住的映射）');
    expect(next.text).not.toContain('未识别的列');
    expect(await db.contact.count({ where: { name: '孙丽' } })).toBe(1);
  });

  it('in chat: the admin answers the preview with 导入 映射 KP=联系人 and confirms the new reading', async () => {
    const t = await createTestBot();
    const attachment: Attachment = {
      kind: 'file',
      name: '客户.xlsx',
      bytes: sheet([['杭州晨光软件有限公司', '陈伟', '0571-8807 5998', null]]),
    };
    const preview = await t.bot.handle({
      kind: 'message',
      eventId: 'upload',
      sender: { platform: 'console', externalId: 'demo:admin' },
      chat: { id: 'c', kind: 'direct' },
      text: '',
      attachment,
    });
    const first = cardText(preview.cards[0]!);
    expect(first).toContain('未识别的列（已忽略）：KP、备注');
    expect(first).toContain('回复「导入 映射 KP=联系人」');

    expect(cardText((await t.say('admin', '导入 映射 KP=宠物')).cards[0]!)).toContain('「KP=宠物」看不懂');
    expect(cardText((await t.say('zhang', '导入 映射 KP=联系人')).cards[0]!)).toContain(
      '只有管理员可以导入客户',
    );

    const again = (await t.say('admin', '导入 映射 KP=联系人')).cards[0]!;
    expect(cardText(again)).toContain('KP → 联系人（映射）');
    expect(cardText(again)).toContain('未识别的列（已忽略）：备注');
    await t.press('admin', button(again, 'import.confirm'));
    expect(await t.db.contact.count({ where: { name: '陈伟' } })).toBe(1);

    expect(cardText((await t.say('admin', 'import map KP=contact')).cards[0]!)).toContain(
      'There is no import waiting for you',
    );
  });
});
