import { describe, expect, it } from 'vitest';
import { button, cardText, createTestBot } from '../../helpers/bot.ts';

describe('follow-ups', () => {
  it("lists the rep's open follow-ups soonest first with Done and Move", async () => {
    const { say } = await createTestBot();
    const reply = await say('zhang', '我的跟进');
    const card = reply.cards[0]!;
    const text = cardText(card);
    expect(text.indexOf('招商银行')).toBeLessThan(text.indexOf('华为技术'));
    expect(card.buttons.map((b) => b.action)).toEqual([
      'follow_up.done',
      'follow_up.move',
      'follow_up.done',
      'follow_up.move',
    ]);
  });

  it('lists overdue follow-ups only when asked for overdue', async () => {
    const { say } = await createTestBot();
    const overdue = await say('tom', 'overdue follow-ups');
    expect(cardText(overdue.cards[0]!)).toContain('Acme Corp');
    expect(cardText(overdue.cards[0]!)).not.toContain('Globex');
    const today = await say('tom', "what's due today");
    expect(cardText(today.cards[0]!)).toContain('Acme Corp');
  });

  it('marks a follow-up done from chat, once, and only for its owner', async () => {
    const { db, say } = await createTestBot();
    const followUp = await db.followUp.findFirstOrThrow({
      where: { customer: { name: '招商银行股份有限公司' } },
    });
    const refused = await say('li', `完成 #${followUp.id}`);
    expect(cardText(refused.cards[0]!)).toContain('不是你的');
    const done = await say('zhang', `完成 #${followUp.id}`);
    expect(done.cards[0]!.title).toBe(`跟进 #${followUp.id} 已完成`);
    expect(done.cards[0]!.footer).toContain('张伟');
    expect((await db.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).status).toBe('done');
    const again = await say('zhang', `完成 #${followUp.id}`);
    expect(cardText(again.cards[0]!)).toContain('已经完成');
  });

  it('moves a follow-up from the list card and refuses a past date', async () => {
    const { db, say, press } = await createTestBot();
    const list = await say('zhang', '我的跟进');
    const move = button(list.cards[0], 'follow_up.move');
    const past = await press('zhang', move, { date: '2026-11-01' });
    expect(cardText(past.cards[0]!)).toContain('已经过去');
    const moved = await press('zhang', move, { date: '下周五' });
    expect(moved.cards[0]!.title).toContain('改到');
    const row = await db.followUp.findUniqueOrThrow({ where: { id: Number(move.payload.followUpId) } });
    expect(row.dueAt.toISOString()).toBe('2026-12-04T01:00:00.000Z');
  });

  it('reschedules from chat in English', async () => {
    const { db, say } = await createTestBot();
    const followUp = await db.followUp.findFirstOrThrow({
      where: { customer: { name: 'Globex Corporation' } },
    });
    const reply = await say('tom', `move #${followUp.id} to next Monday`);
    expect(reply.cards[0]!.title).toContain(`Follow-up #${followUp.id} moved`);
    expect((await db.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).dueAt.toISOString()).toBe(
      '2026-11-30T01:00:00.000Z',
    );
  });

  it('asks which follow-up when no number is given', async () => {
    const { say } = await createTestBot();
    const reply = await say('zhang', '跟进完成了');
    expect(cardText(reply.cards[0]!)).toMatch(/编号|我的跟进|没看懂/);
  });
});
