import { describe, expect, it } from 'vitest';
import { cardText, createTestBot, fixedNow } from '../../helpers/bot.ts';

const day = 24 * 60 * 60 * 1000;

describe('the data-cleansing report', () => {
  it('lists incomplete and invalid records, each with the command that fixes it', async () => {
    const { db, say } = await createTestBot();
    await db.contact.updateMany({
      where: { name: '刘工' },
      data: { phone: '1380013800', email: 'liu.gong@example' },
    });
    await db.customer.updateMany({
      where: { name: '海尔集团' },
      data: { lastContactAt: new Date(fixedNow.getTime() - 400 * day) },
    });
    const reply = await say('admin', '数据清洗');
    const text = cardText(reply.cards[0]!);
    expect(reply.cards[0]!.title).toMatch(/^数据清洗：\d+ 个问题$/);
    expect(text).toContain('**无负责人 (3)**');
    expect(text).toContain('苏州汇川技术有限公司 → `分配 苏州汇川技术有限公司 给 <负责人>`');
    expect(text).toMatch(/\*\*无联系人 \(\d+\)\*\*/);
    expect(text).toMatch(/- \S+ → `添加联系人 \S+ <姓名> <电话>`/);
    expect(text).toContain(
      '华为技术有限公司（刘工: 1380013800） → `添加联系人 华为技术有限公司 刘工 电话=<正确号码>`',
    );
    expect(text).toContain(
      '华为技术有限公司（刘工: liu.gong@example） → `添加联系人 华为技术有限公司 刘工 邮箱=<正确邮箱>`',
    );
    expect(text).toContain('海尔集团（400 天未联系） → `记录拜访 海尔集团 <纪要>`');
  });

  it('drops a problem from the report once its suggested command is sent', async () => {
    const { db, say } = await createTestBot();
    await db.contact.updateMany({ where: { name: '刘工' }, data: { phone: '1380013800' } });
    await say('admin', '分配 苏州汇川技术有限公司 给 李娜');
    const fixed = await say('admin', '添加联系人 华为技术有限公司 刘工 电话=13800138002');
    expect(fixed.cards[0]!.title).toBe('已更新联系人：刘工（华为技术有限公司）');
    const noContact = (text: string) => Number(/\*\*无联系人 \((\d+)\)\*\*/.exec(text)?.[1]);
    const before = noContact(cardText((await say('admin', '数据清洗')).cards[0]!));
    await say('admin', '添加联系人 海尔集团 王主任 0532-88888888');
    const text = cardText((await say('admin', '数据清洗')).cards[0]!);
    expect(noContact(text)).toBe(before - 1);
    expect(text).toContain('**无负责人 (2)**');
    expect(text).not.toContain('苏州汇川技术有限公司 →');
    expect(text).not.toContain('电话格式有误');
  });

  it('refuses a malformed phone in the fix itself', async () => {
    const { db, say } = await createTestBot();
    const reply = await say('admin', '添加联系人 海尔集团 王主任 电话=12345');
    expect(cardText(reply.cards[0]!)).toContain('电话「12345」位数不够');
    expect(await db.contact.count({ where: { name: '王主任' } })).toBe(0);
  });

  it('is for admins and managers, in the language they write', async () => {
    const { say } = await createTestBot();
    expect(cardText((await say('zhang', '数据清洗')).cards[0]!)).toContain('只给管理员和主管看');
    const english = await say('admin', 'data quality');
    expect(english.cards[0]!.title).toMatch(/^Data quality: \d+ problems$/);
    expect(cardText(english.cards[0]!)).toContain('`assign 苏州汇川技术有限公司 to <owner>`');
  });
});
