import { describe, expect, it } from 'vitest';
import { addHuaweiLookalike, button, cardText, createTestBot } from '../../helpers/bot.ts';

describe('bad customers', () => {
  it('flags a customer with a reason and warns on its card', async () => {
    const { db, say } = await createTestBot();
    const reply = await say('zhang', '标记不良 华为技术 长期欠款');
    expect(reply.cards[0]!.tone).toBe('danger');
    expect(cardText(reply.cards[0]!)).toContain('⚠️ 不良客户（欠款）：长期欠款');
    const customer = await db.customer.findFirstOrThrow({ where: { name: '华为技术有限公司' } });
    expect(customer.status).toBe('bad');
    expect(customer.flaggedAt).not.toBeNull();
    expect(
      await db.auditLog.count({ where: { action: 'customer.flagged_bad', entityId: customer.id } }),
    ).toBe(1);
  });

  it('takes an English flag and a reason that is not about money', async () => {
    const { say } = await createTestBot();
    const reply = await say('tom', 'flag Acme bad: rude to our engineers');
    expect(cardText(reply.cards[0]!)).toContain('⚠️ Bad customer (flagged by hand): rude to our engineers');
  });

  it('asks for the reason instead of flagging without one', async () => {
    const { db, say } = await createTestBot();
    const reply = await say('zhang', '标记不良 华为技术');
    expect(cardText(reply.cards[0]!)).toContain('请写上原因');
    expect(await db.customer.count({ where: { status: 'bad' } })).toBe(0);
  });

  it('warns in the list of customers to choose from and on a visit logged against it', async () => {
    const { db, say, press } = await createTestBot();
    await addHuaweiLookalike(db);
    await say('zhang', '标记不良 华为技术 长期欠款');
    const question = await say('manager', '查一下 华为');
    const choice = cardText(question.cards[0]!);
    expect(choice).toMatch(/华为技术有限公司 \(张伟\) ⚠️ 不良客户/);
    expect(choice).not.toMatch(/华为科技有限公司 \(李娜\) ⚠️/);
    expect(question.cards[0]!.buttons.some((b) => b.label === '⚠️ 华为技术有限公司')).toBe(true);
    const visit = await say('zhang', '记录拜访 华为技术 今天去催了回款');
    expect(cardText(visit.cards[0]!)).toContain('⚠️ 不良客户（欠款）：长期欠款');
    const profile = await press('manager', button(question.cards[0], 'pending.choose_customer', 0));
    expect(cardText(profile.cards[0]!)).toContain('⚠️');
  });

  it('warns on a complaint filed against it and on a sale recorded for it', async () => {
    const { say } = await createTestBot();
    await say('zhang', '标记不良 华为技术 长期欠款');
    const complaint = await say('zhang', '投诉 华为技术 设备故障');
    expect(complaint.cards[0]!.title).toMatch(/^客诉 #\d+ 已登记：华为技术有限公司$/);
    expect(cardText(complaint.cards[0]!)).toContain('⚠️ 不良客户（欠款）：长期欠款');
    const sale = await say('zhang', '华为技术 本月成交 10万');
    expect(sale.cards[0]!.title).toBe('已记录成交：华为技术有限公司');
    expect(cardText(sale.cards[0]!)).toContain('⚠️ 不良客户（欠款）：长期欠款');
    const other = await say('zhang', '投诉 招商银行 发票开错了');
    expect(cardText(other.cards[0]!)).not.toContain('⚠️');
  });

  it('asks which customer when the name fits several, and flags the one chosen', async () => {
    const { db, say, press } = await createTestBot();
    await addHuaweiLookalike(db);
    const question = await say('admin', '标记不良 华为 长期欠款');
    expect(question.cards[0]!.title).toBe('请确认客户');
    expect(await db.customer.count({ where: { status: 'bad' } })).toBe(0);
    const chosen = question.cards[0]!.buttons.find((b) => b.label === '华为科技有限公司')!;
    const flagged = await press('admin', chosen);
    expect(flagged.cards[0]!.title).toBe('华为科技有限公司');
    expect((await db.customer.findFirstOrThrow({ where: { name: '华为科技有限公司' } })).status).toBe('bad');
    expect((await db.customer.findFirstOrThrow({ where: { name: '华为技术有限公司' } })).status).toBe(
      'active',
    );
  });

  it('lets a manager lift the flag, not the rep', async () => {
    const { db, say } = await createTestBot();
    await say('zhang', '标记不良 华为技术 长期欠款');
    const refused = await say('zhang', '取消不良 华为技术');
    expect(cardText(refused.cards[0]!)).toContain('只有管理员或团队主管');
    const lifted = await say('manager', '取消不良 华为技术');
    expect(cardText(lifted.cards[0]!)).not.toContain('⚠️');
    expect((await db.customer.findFirstOrThrow({ where: { name: '华为技术有限公司' } })).status).toBe(
      'active',
    );
  });
});
