import { describe, expect, it } from 'vitest';
import { addHuaweiLookalike, button, cardText, createTestBot, personId } from '../../helpers/bot.ts';

describe('customers', () => {
  it('looks a customer up by alias with owner, grade, contacts, visits and follow-ups', async () => {
    const { say } = await createTestBot();
    const reply = await say('zhang', '查一下 招行');
    const text = cardText(reply.cards[0]!);
    expect(reply.cards[0]!.title).toBe('招商银行股份有限公司');
    expect(text).toContain('负责人: 张伟');
    expect(text).toContain('等级: A');
    expect(text).toContain('李经理');
    expect(text).toContain('李经理希望下周看演示环境');
    expect(text).toMatch(/#\d+/);
  });

  it('answers a lookup in a group chat privately', async () => {
    const { say } = await createTestBot();
    const reply = await say('tom', 'find Acme', 'group');
    expect(reply.private).toBe(true);
    expect(reply.cards[0]!.title).toBe('Acme Corp');
  });

  it("does not show a rep a colleague's customer", async () => {
    const { say } = await createTestBot();
    const reply = await say('zhang', '查一下 台積電');
    expect(cardText(reply.cards[0]!)).toContain('由 李娜 负责');
    expect(cardText(reply.cards[0]!)).not.toContain('陳經理');
  });

  it("lets a manager see the team's customers and asks which one when several match", async () => {
    const { db, say, press } = await createTestBot();
    await addHuaweiLookalike(db);
    const question = await say('manager', '查一下 华为');
    expect(question.cards[0]!.title).toBe('请确认客户');
    const profile = await press('manager', button(question.cards[0], 'pending.choose_customer', 1));
    expect(profile.cards[0]!.title).toMatch(/^华为/);
  });

  it('adds a customer owned by the rep who asked, once', async () => {
    const { db, say } = await createTestBot();
    const added = await say('zhang', '新增客户 深圳市优必选科技股份有限公司');
    expect(added.cards[0]!.title).toBe('已新增客户：深圳市优必选科技股份有限公司');
    const customer = await db.customer.findFirstOrThrow({ where: { name: '深圳市优必选科技股份有限公司' } });
    expect(customer.ownerId).toBe(await personId(db, '张伟'));
    expect(customer.normalizedName).toBe('优必选科技');
    const again = await say('zhang', '新增客户 优必选科技有限公司');
    expect(cardText(again.cards[0]!)).toContain('已有客户');
    expect(await db.customer.count({ where: { normalizedName: '优必选科技' } })).toBe(1);
  });

  it('asks before adding a customer whose name is close to an existing one', async () => {
    const { db, say, press } = await createTestBot();
    const question = await say('tom', 'add customer Acmee Corp');
    expect(question.cards[0]!.title).toBe('Which customer?');
    expect(cardText(question.cards[0]!)).toContain('Acme Corp');
    const before = await db.customer.count();
    await press('tom', button(question.cards[0], 'pending.create_customer'));
    expect(await db.customer.count()).toBe(before + 1);
  });

  it('never creates a customer from a lookup of an unknown name', async () => {
    const { db, say } = await createTestBot();
    const before = await db.customer.count();
    const reply = await say('zhang', '查一下 完全不存在的公司');
    expect(reply.cards[0]!.title).toBe('请确认客户');
    expect(await db.customer.count()).toBe(before);
  });

  it('treats a name that differs only by its legal form as the same customer', async () => {
    const { db, say } = await createTestBot();
    const before = await db.customer.count();
    const reply = await say('tom', 'add customer ACME Corporation');
    expect(cardText(reply.cards[0]!)).toContain('Acme Corp already exists');
    expect(await db.customer.count()).toBe(before);
  });

  it('refuses to add a customer without a usable name', async () => {
    const { db, say } = await createTestBot();
    const before = await db.customer.count();
    const reply = await say('tom', 'add customer');
    expect(cardText(reply.cards[0]!)).toMatch(/full name/);
    expect(await db.customer.count()).toBe(before);
  });
});
