import { describe, expect, it } from 'vitest';
import { cardText, createTestBot, personId } from '../../helpers/bot.ts';

describe('assignment rules', () => {
  it('lets an admin list, add and remove the rules', async () => {
    const { db, say } = await createTestBot();
    expect(cardText((await say('admin', '分配规则')).cards[0]!)).toContain('还没有分配规则');
    const added = await say('admin', '添加分配规则 地区=深圳 负责人=李娜');
    expect(added.cards[0]!.title).toBe('已添加分配规则');
    await say('admin', '添加分配规则 行业=金融 等级=A 负责人=张伟');
    const list = cardText((await say('admin', '分配规则')).cards[0]!);
    expect(list).toContain('1. 地区=深圳 → 李娜');
    expect(list).toContain('2. 行业=金融 等级=A → 张伟');
    await say('admin', '删除分配规则 1');
    const after = cardText((await say('admin', '分配规则')).cards[0]!);
    expect(after).toContain('1. 行业=金融 等级=A → 张伟');
    expect(after).not.toContain('→ 李娜');
    expect(await db.auditLog.count({ where: { entity: 'assignment_rule' } })).toBe(3);
  });

  it('keeps reps from changing the rules', async () => {
    const { db, say } = await createTestBot();
    const reply = await say('zhang', '添加分配规则 地区=深圳 负责人=张伟');
    expect(cardText(reply.cards[0]!)).toContain('只有管理员');
    expect(await db.assignmentRule.count()).toBe(0);
  });

  it('gives a new customer to the owner the rules name, who hears about it', async () => {
    const { db, say } = await createTestBot();
    await say('admin', '添加分配规则 地区=深圳 负责人=李娜');
    const reply = await say('zhang', '新增客户 深圳市优必选科技股份有限公司');
    expect(cardText(reply.cards[0]!)).toContain('按分配规则由 李娜 负责');
    const customer = await db.customer.findFirstOrThrow({ where: { name: '深圳市优必选科技股份有限公司' } });
    expect(customer.ownerId).toBe(await personId(db, '李娜'));
    expect(customer.region).toBe('深圳');
    const push = await db.push.findFirstOrThrow({ where: { personId: await personId(db, '李娜') } });
    expect(push.cards).toContain('深圳市优必选科技股份有限公司');
  });

  it('leaves a customer no rule describes with the person who added it', async () => {
    const { db, say } = await createTestBot();
    await say('admin', '添加分配规则 地区=深圳 负责人=李娜');
    const reply = await say('zhang', '新增客户 杭州云栖网络科技有限公司');
    expect(reply.cards[0]!.title).toBe('已新增客户：杭州云栖网络科技有限公司');
    const customer = await db.customer.findFirstOrThrow({ where: { name: '杭州云栖网络科技有限公司' } });
    expect(customer.ownerId).toBe(await personId(db, '张伟'));
  });

  it('takes rules in English too', async () => {
    const { say } = await createTestBot();
    await say('admin', 'add assignment rule region=San Francisco, owner=Tom Chen');
    const list = await say('admin', 'assignment rules');
    expect(cardText(list.cards[0]!)).toContain('1. region=San Francisco → Tom Chen');
  });
});
