import { describe, expect, it } from 'vitest';
import { cardText, createTestBot, personId } from '../../helpers/bot.ts';

describe('complaints', () => {
  it('files an urgent-sounding complaint as high severity with deadlines and a service owner', async () => {
    const { db, say } = await createTestBot();
    const reply = await say('zhang', '投诉 华为 设备故障，很紧急');
    const text = cardText(reply.cards[0]!);
    expect(reply.cards[0]!.title).toMatch(/^客诉 #\d+ 已登记：华为技术有限公司$/);
    expect(text).toContain('紧急程度: 紧急');
    expect(text).toContain('处理人: 赵客服');
    const complaint = await db.complaint.findFirstOrThrow({ include: { events: true } });
    expect(complaint).toMatchObject({ category: 'quality', severity: 'high', status: 'open' });
    expect(complaint.ownerId).toBe(await personId(db, '赵客服'));
    expect(complaint.ackDueAt.toISOString()).toBe('2026-11-23T04:00:00.000Z');
    expect(complaint.resolveDueAt.toISOString()).toBe('2026-11-24T02:00:00.000Z');
    expect(complaint.events.map((event) => event.action)).toEqual(['filed']);
    const profile = await say('zhang', '查一下 华为');
    expect(cardText(profile.cards[0]!)).toContain(`#${complaint.id} [紧急] 待受理 设备故障`);
  });

  it('files an English complaint and shows it on the customer profile', async () => {
    const { say } = await createTestBot();
    const filed = await say('tom', 'complaint for Globex: delivery is two weeks late, urgent');
    expect(cardText(filed.cards[0]!)).toContain('Category: Delivery');
    expect(cardText(filed.cards[0]!)).toContain('Severity: High');
    const profile = await say('tom', 'find Globex');
    expect(cardText(profile.cards[0]!)).toMatch(/#\d+ \[High\] Open /);
  });

  it('lets the service owner see the customer of a complaint assigned to them', async () => {
    const { say } = await createTestBot();
    const before = await say('service', '查一下 华为技术');
    expect(cardText(before.cards[0]!)).toContain('没有权限');
    await say('zhang', '投诉 华为技术 发票开错了');
    const after = await say('service', '查一下 华为技术');
    expect(after.cards[0]!.title).toBe('华为技术有限公司');
  });
});
