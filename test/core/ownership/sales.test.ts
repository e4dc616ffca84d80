import { describe, expect, it } from 'vitest';
import { cardText, createTestBot, personId } from '../../helpers/bot.ts';

describe('recording sales by chat', () => {
  it('records 「华为 本月成交 120万」 against the rep’s customer, from chat, by them', async () => {
    const { db, say } = await createTestBot();
    const reply = await say('zhang', '华为 本月成交 120万');
    const text = cardText(reply.cards[0]!);
    expect(reply.cards[0]!.title).toBe('已记录成交：华为技术有限公司');
    expect(text).toContain('金额: ¥120万');
    expect(text).toContain('近12个月成交: ¥120万');
    const sale = await db.sale.findFirstOrThrow({ where: { customer: { name: '华为技术有限公司' } } });
    expect(sale).toMatchObject({
      amountCents: 120_000_000,
      source: 'chat',
      recordedBy: await personId(db, '张伟'),
    });
  });

  it('says what the sale will do to the grade tonight', async () => {
    const { say } = await createTestBot();
    // 万科 is a D customer; ¥50万 in a year is a B at the default thresholds.
    const reply = await say('zhang', '万科 本月成交 50万');
    expect(cardText(reply.cards[0]!)).toContain('等级: D → B（今晚更新）');
  });

  it('understands "Acme closed 50k this month" and answers in English', async () => {
    const { db, say } = await createTestBot();
    const reply = await say('tom', 'Acme closed 50k this month');
    expect(reply.cards[0]!.title).toBe('Sale recorded: Acme Corp');
    expect(cardText(reply.cards[0]!)).toContain('Amount: ¥50,000');
    const sale = await db.sale.findFirstOrThrow({ where: { customer: { name: 'Acme Corp' } } });
    expect(sale.amountCents).toBe(5_000_000);
  });

  it("does not let a rep record a sale for a colleague's customer", async () => {
    const { db, say } = await createTestBot();
    const reply = await say('zhang', '台積電 本月成交 10万');
    expect(cardText(reply.cards[0]!)).toContain('由 李娜 负责');
    expect(await db.sale.count()).toBe(0);
  });

  it('refuses a customer nobody has heard of instead of creating it', async () => {
    const { db, say } = await createTestBot();
    const before = await db.customer.count();
    const reply = await say('zhang', '成交 宇宙无敌科技 10万');
    expect(cardText(reply.cards[0]!)).toContain('没有找到客户「宇宙无敌科技」');
    expect(await db.customer.count()).toBe(before);
    expect(await db.sale.count()).toBe(0);
  });

  it('shows the trailing 12 months of sales on the customer card', async () => {
    const { say } = await createTestBot();
    await say('zhang', '招商银行 本月成交 30万');
    await say('zhang', '招商银行 上月成交 20万');
    const profile = await say('zhang', '查一下 招行');
    expect(cardText(profile.cards[0]!)).toContain('近12个月成交: ¥50万');
  });
});
