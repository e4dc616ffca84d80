import { describe, expect, it } from 'vitest';
import { takePushes } from '../../../src/db/pushes.ts';
import { button, cardText, createTestBot, personId } from '../../helpers/bot.ts';

async function pushesFor(t: Awaited<ReturnType<typeof createTestBot>>, name: string) {
  return (await takePushes(t.db, await personId(t.db, name), new Date())).flatMap((p) => p.cards);
}

describe('visit alerts (走访应急报告)', () => {
  it('tells the manager at once about a competitor price cut, with a link to the visit', async () => {
    const t = await createTestBot();
    await t.say('zhang', '记录拜访 华为 张总说友商降价了 20%，还推出了新产品，下周二跟进');
    const [card, ...rest] = await pushesFor(t, '王经理');
    expect(rest).toEqual([]);
    const text = cardText(card!);
    expect(text).toContain('走访应急报告：华为技术有限公司');
    expect(text).toContain('竞品新产品');
    expect(text).toContain('竞品价格或销售政策变化');
    expect(text).toContain('销售: 张伟');
    const opened = await t.press('manager', button(card, 'minutes.show'));
    expect(cardText(opened.cards[0]!)).toContain('会议纪要：华为技术有限公司');

    const acknowledged = await t.press('manager', button(card, 'alert.acknowledge'));
    expect(cardText(acknowledged.cards[0]!)).toContain('王经理 于');
    expect(acknowledged.cards[0]!.buttons.map((b) => b.action)).toEqual(['minutes.show']);
    const audit = await t.db.auditLog.findMany({ where: { entity: 'alert' }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.parser])).toEqual([
      ['alert.raised', 'rules'],
      ['alert.acknowledged', 'rules'],
    ]);
  });

  it('lets the manager forward it to a colleague, and nobody else handle it', async () => {
    const t = await createTestBot();
    await t.say('tom', 'log visit with Acme Corp: they reported a serious bug that caused data loss');
    const [card] = await pushesFor(t, '王经理');
    expect(cardText(card!)).toContain('我方产品严重问题');
    const refused = await t.press('li', button(card, 'alert.acknowledge'));
    expect(cardText(refused.cards[0]!)).toContain('不是发给你的');
    const unknown = await t.press('manager', button(card, 'alert.forward'), { to: '不存在' });
    expect(cardText(unknown.cards[0]!)).toContain('没有叫「不存在」的同事');
    const forwarded = await t.press('manager', button(card, 'alert.forward'), { to: '赵客服' });
    expect(cardText(forwarded.cards[0]!)).toContain('转发给 赵客服');
    const [copy] = await pushesFor(t, '赵客服');
    expect(cardText(copy!)).toContain('王经理 转发给你');
    expect((await t.db.alert.findFirstOrThrow()).status).toBe('forwarded');
  });

  it('stays quiet about a visit without competitor news or product problems', async () => {
    const t = await createTestBot();
    await t.say('zhang', '记录拜访 华为 竞品没有新动作，客户对报价满意');
    expect(await pushesFor(t, '王经理')).toEqual([]);
    expect(await t.db.alert.count()).toBe(0);
  });
});
