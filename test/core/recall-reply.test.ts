import { describe, expect, it } from 'vitest';
import type { MessageEvent } from '../../src/core/types.ts';
import { cardText, createTestBot } from '../helpers/bot.ts';

/** A message from 张伟, as an adapter hands it over; `recovered` when run again after a crash. */
function fromZhang(eventId: string, text: string, recovered = false): MessageEvent {
  return {
    kind: 'message',
    eventId,
    ...(recovered ? { recovered } : {}),
    sender: { platform: 'console', externalId: 'demo:zhang' },
    chat: { id: 'c', kind: 'direct' },
    text,
  };
}

describe('an event run again after a crash', () => {
  it('whose visit was saved answers with the same cards and logs no second visit', async () => {
    const { db, bot } = await createTestBot();
    const text = '记录拜访 华为 今天和张总聊了报价，下周二跟进';
    const first = await bot.handle(fromZhang('ev1', text));
    const visits = await db.visit.count();
    const again = await bot.handle(fromZhang('ev1', text, true));
    expect(await db.visit.count()).toBe(visits);
    expect(again.cards.map(cardText)).toEqual(first.cards.map(cardText));
  });

  it('whose customer was added says it was done, to the sender, and adds no second customer', async () => {
    const { db, bot } = await createTestBot();
    const text = '新增客户 深圳市优必选科技股份有限公司';
    await bot.handle(fromZhang('ev2', text));
    const customers = await db.customer.count();
    const again = await bot.handle(fromZhang('ev2', text, true));
    expect(await db.customer.count()).toBe(customers);
    expect(again.private).toBe(true);
    expect(again.cards[0]!.title).toBe('已处理');
  });

  it('that wrote nothing before the crash is run as usual', async () => {
    const { db, bot } = await createTestBot();
    const visits = await db.visit.count();
    const reply = await bot.handle(fromZhang('ev3', '记录拜访 华为 今天和张总聊了报价，下周二跟进', true));
    expect(await db.visit.count()).toBe(visits + 1);
    expect(reply.cards[0]!.title).toContain('华为技术有限公司');
  });
});
