import { describe, expect, it } from 'vitest';
import { cardText, createTestBot } from '../helpers/bot.ts';
import { setupComplaints } from './complaints/complaint-helpers.ts';

describe('a person who writes traditional Chinese', () => {
  it('gets traditional replies on the visit, help and list cards', async () => {
    const { db, say } = await createTestBot();
    const visit = await say('zhang', '記錄拜訪 華為，和張總聊了報價，下週二跟進');
    expect(visit.locale).toBe('zh-Hant');
    expect(visit.cards[0]!.title).toBe('已記錄拜訪：华为技术有限公司');
    expect(cardText(visit.cards[0]!)).toContain('跟進');
    expect((await db.person.findFirstOrThrow({ where: { name: '张伟' } })).locale).toBe('zh-Hant');

    const help = await say('zhang', '幫助');
    expect(help.cards[0]!.title).toBe('chatcrm 能做什麼');

    const list = await say('zhang', '我的跟進');
    expect(list.cards[0]!.title).toBe('我的跟進');
  });

  it('gets a traditional complaint card', async () => {
    const { file } = await setupComplaints();
    const { card } = await file('zhang', '投訴 華為 設備故障，很緊急');
    expect(card.title).toMatch(/^客訴 #\d+ 已登記：华为技术有限公司$/);
  });

  it('switches back to simplified replies when they write simplified again', async () => {
    const { say } = await createTestBot();
    await say('zhang', '幫助');
    const help = await say('zhang', '帮助');
    expect(help.locale).toBe('zh-Hans');
    expect(help.cards[0]!.title).toBe('chatcrm 能做什么');
  });
});
