import { describe, expect, it } from 'vitest';
import { button, cardText, createTestBot } from '../../helpers/bot.ts';

describe('messages written the way reps talk', () => {
  it('files a visit against the customer named mid-sentence, not the competitor beside it', async () => {
    const { db, say } = await createTestBot();
    const reply = await say(
      'zhang',
      '今天去了美的集团，见了王工，竞品海尔给了九折，要尽快出报价，12月5日前跟进',
    );
    expect(reply.cards[0]!.title).toMatch(/美的集团股份有限公司$/);
    const visit = await db.visit.findFirstOrThrow({
      include: { customer: true, contacts: { include: { contact: true } }, followUps: true },
      orderBy: { id: 'desc' },
    });
    expect(visit.customer.name).toBe('美的集团股份有限公司');
    expect(visit.contacts.map((link) => link.contact.name)).toEqual(['王工']);
    expect(visit.competitor).toContain('海尔');
    expect(visit.followUps[0]!.dueAt.toISOString()).toMatch(/^2026-12-0[45]/);
  });

  it('links the visit to the contact on file the rep named in lower case or by first name', async () => {
    const { db, say } = await createTestBot();
    const contacts = await db.contact.count();
    await say('tom', 'today met w/ sarah @ acme, she wants pricing for 500 seats by fri');
    await say('tom', 'Globex QBR done. Hank asked about volume discounts, get back to him by Wednesday');
    const visits = await db.visit.findMany({
      include: { contacts: { include: { contact: true } } },
      orderBy: { id: 'desc' },
      take: 2,
    });
    expect(visits.map((visit) => visit.contacts.map((link) => link.contact.name))).toEqual([
      ['Hank Scorpio'],
      ['Sarah'],
    ]);
    expect(await db.contact.count()).toBe(contacts);
  });

  it('tells 华为 from 华为终端: a bare 华为 is 华为技术, for a manager who sees both', async () => {
    const { say } = await createTestBot();
    expect((await say('manager', '查一下 华为')).cards[0]!.title).toMatch(/^华为技术有限公司/);
    expect((await say('manager', '华为终端的情况')).cards[0]!.title).toMatch(/^华为终端有限公司/);
  });

  it('asks what a message naming a customer means, writes nothing until a reading is chosen', async () => {
    const { db, bot, say, press } = await createTestBot();
    const visits = await db.visit.count();
    const question = await say('zhang', '比亚迪 二期');
    const card = question.cards[0]!;
    expect(card.title).toBe('你是想……？');
    expect(card.buttons.map((b) => b.label)).toEqual([
      '记录拜访：比亚迪',
      '查询：比亚迪',
      '登记客诉：比亚迪',
      '都不是',
    ]);
    expect(await db.visit.count()).toBe(visits);

    const logged = await press('zhang', button(card, 'pending.choose_reading', 0));
    expect(logged.cards[0]!.title).toMatch(/比亚迪股份有限公司$/);
    expect(await db.visit.count()).toBe(visits + 1);

    // The same message delivered again (same event) is not asked about, nor logged, a second time.
    const again = await bot.handle({
      kind: 'message',
      eventId: 't1',
      sender: { platform: 'console', externalId: 'demo:zhang' },
      chat: { id: 'c', kind: 'direct' },
      text: '比亚迪 二期',
    });
    expect(cardText(again.cards[0]!)).toContain('已经处理过了');
    expect(await db.visit.count()).toBe(visits + 1);
  });

  it('offers the readings in English to someone writing English', async () => {
    const { say } = await createTestBot();
    const card = (await say('tom', 'Globex Q3 stuff')).cards[0]!;
    expect(card.buttons.map((b) => b.label)).toEqual([
      'Log a visit: Globex',
      'Look up Globex',
      'File a complaint: Globex',
      'Neither',
    ]);
  });

  it('looks up a customer written alone, with or without a question mark', async () => {
    const { db, say } = await createTestBot();
    const visits = await db.visit.count();
    expect((await say('zhang', '美的集团？')).cards[0]!.title).toMatch(/^美的集团股份有限公司/);
    expect((await say('zhang', '比亚迪')).cards[0]!.title).toMatch(/^比亚迪股份有限公司/);
    expect(await db.visit.count()).toBe(visits);
  });

  it('logs a note about a known customer with a next step as a visit, but asks about a bare reminder', async () => {
    const { db, say } = await createTestBot();
    const visits = await db.visit.count();
    const logged = await say('zhang', '比亚迪 二期预算批下来了，下周三再跟进');
    expect(logged.cards[0]!.title).toMatch(/比亚迪股份有限公司$/);
    expect(await db.visit.count()).toBe(visits + 1);

    const asked = await say('zhang', '比亚迪 王总 下周三再联系');
    expect(asked.cards[0]!.title).toBe('你是想……？');
    expect(await db.visit.count()).toBe(visits + 1);
  });

  it('answers a question about a known customer and asks before logging a bare statement about one', async () => {
    const { db, say } = await createTestBot();
    const visits = await db.visit.count();
    expect((await say('zhang', '海尔上次去是什么时候')).cards[0]!.title).toMatch(/^海尔集团/);
    expect((await say('tom', 'what did we last discuss with Wayne Enterprises')).cards[0]!.title).toMatch(
      /^Wayne Enterprises/,
    );

    const asked = await say('zhang', '万科那边没戏了，他们选了别家');
    expect(asked.cards[0]!.title).toBe('你是想……？');
    expect(asked.cards[0]!.buttons[0]!.label).toBe('记录拜访：万科');
    expect(await db.visit.count()).toBe(visits);
  });
});
