import { describe, expect, it } from 'vitest';
import { button, cardText, createTestBot } from '../helpers/bot.ts';

describe('bad input', () => {
  it('answers empty text with help', async () => {
    const { say } = await createTestBot();
    expect((await say('zhang', '   ')).cards[0]!.title).toBe('chatcrm 能做什么');
  });

  it('asks what an unreadable message means, in the language it was written in, and saves nothing', async () => {
    const { db, say } = await createTestBot();
    const english = (await say('tom', 'qwzx plmk')).cards[0]!;
    expect(english.title).toBe('Did you mean…?');
    expect(english.buttons.map((b) => b.label)).toEqual(['Log a visit', 'My follow-ups', 'Neither']);
    const chinese = (await say('zhang', '嗯嗯啊啊')).cards[0]!;
    expect(chinese.buttons.map((b) => b.label)).toEqual(['记录拜访', '看我的跟进', '都不是']);
    expect(cardText(chinese)).toContain('发「帮助」');
    expect(await db.visit.count({ where: { originalText: { in: ['qwzx plmk', '嗯嗯啊啊'] } } })).toBe(0);
  });

  it('runs the reading pressed on an unreadable message: 看我的跟进 lists the follow-ups', async () => {
    const { press, say } = await createTestBot();
    const question = (await say('zhang', '还有哪些活没干完')).cards[0]!;
    const list = await press('zhang', button(question, 'pending.choose_reading', 1));
    expect(cardText(list.cards[0]!)).toContain('华为技术有限公司');
  });

  it('answers help in the language asked', async () => {
    const { say } = await createTestBot();
    expect((await say('zhang', '帮助')).cards[0]!.title).toBe('chatcrm 能做什么');
    expect((await say('zhang', 'help')).cards[0]!.title).toBe('What chatcrm can do');
  });

  it('refuses text over 4,000 characters and stores nothing', async () => {
    const { db, say } = await createTestBot();
    const before = await db.visit.count();
    const reply = await say('zhang', `记录拜访 华为 ${'聊了很多'.repeat(1001)}`);
    expect(cardText(reply.cards[0]!)).toContain('消息太长了');
    expect(await db.visit.count()).toBe(before);
  });

  it('apologises with a reference id and leaves nothing half-written when a write fails', async () => {
    const { db, say } = await createTestBot();
    const visits = await db.visit.count();
    // Break the follow-up table so the transaction fails after the visit row was inserted.
    await db.$executeRawUnsafe('ALTER TABLE FollowUp RENAME TO FollowUpGone');
    const reply = await say('zhang', '记录拜访 招商银行 今天和李经理聊了演示，明天跟进');
    expect(reply.cards[0]!.title).toBe('抱歉，处理这条消息时出错了');
    expect(cardText(reply.cards[0]!)).toMatch(/编号 [0-9a-f]{8}/);
    expect(await db.visit.count()).toBe(visits);
  });

  it('refuses a card action with a forged or missing id', async () => {
    const { press } = await createTestBot();
    const reply = await press('zhang', { action: 'visit.undo', payload: { visitId: 'DROP TABLE' } });
    expect(cardText(reply.cards[0]!)).toContain('数据不完整');
    const unknown = await press('zhang', { action: 'nuke.all', payload: {} });
    expect(cardText(unknown.cards[0]!)).toContain('不认识这个按钮');
  });

  it('does not let one person answer a question asked of another', async () => {
    const { db, say, press } = await createTestBot();
    const question = await say('zhang', '记录拜访 新希望六和 今天见了王主任');
    const create = question.cards[0]!.buttons.find((b) => b.action === 'pending.create_customer')!;
    const reply = await press('li', create);
    expect(cardText(reply.cards[0]!)).toContain('问别人的');
    expect(await db.customer.count({ where: { name: '新希望六和' } })).toBe(0);
  });
});
