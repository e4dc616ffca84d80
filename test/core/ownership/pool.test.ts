import { describe, expect, it } from 'vitest';
import { writeSetting } from '../../../src/db/settings.ts';
import { button, cardText, createTestBot, fixedNow, personId } from '../../helpers/bot.ts';

const day = 24 * 60 * 60 * 1000;
const unowned = ['苏州汇川技术有限公司', '杭州安恒信息技术股份有限公司', '南京南瑞继保电气有限公司'];

describe('the public pool', () => {
  it('lists the unowned customers with a Claim button each and the claims left today', async () => {
    const { say } = await createTestBot();
    const reply = await say('zhang', '公海');
    const text = cardText(reply.cards[0]!);
    expect(reply.cards[0]!.title).toBe('公海客户（3）');
    for (const name of unowned) expect(text).toContain(name);
    expect(text).toContain('今天还可领取 5 家');
    expect(reply.cards[0]!.buttons.map((b) => b.action)).toEqual(['pool.claim', 'pool.claim', 'pool.claim']);
  });

  it('searches the pool by name', async () => {
    const { say } = await createTestBot();
    const found = cardText((await say('zhang', '公海 汇川')).cards[0]!);
    expect(found).toContain('苏州汇川技术有限公司');
    expect(found).not.toContain('南瑞');
    // Acme has an owner, so it is not in the pool.
    const none = await say('tom', 'pool search acme');
    expect(cardText(none.cards[0]!)).toContain('No customer in the pool matches "acme"');
  });

  it('lets a rep claim by name or by button, and the customer is theirs', async () => {
    const { db, say, press } = await createTestBot();
    const claimed = await say('zhang', '领取 汇川');
    expect(claimed.cards[0]!.title).toBe('已领取：苏州汇川技术有限公司');
    expect(cardText(claimed.cards[1]!)).toContain('负责人: 张伟');
    const pool = await say('li', '公海');
    expect(pool.cards[0]!.title).toBe('公海客户（2）');
    await press('li', button(pool.cards[0], 'pool.claim'));
    expect(await db.poolClaim.count()).toBe(2);
    expect(await db.customer.count({ where: { ownerId: null } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: 'customer.claimed' } })).toBe(2);
  });

  it('enforces the daily claim limit, and a new day starts afresh', async () => {
    const { db, say, setNow } = await createTestBot();
    await writeSetting(db, 'pool.claim_limit_per_day', 2, 1);
    await say('zhang', '领取 汇川');
    await say('zhang', '领取 安恒');
    const third = await say('zhang', '领取 南瑞');
    expect(cardText(third.cards[0]!)).toContain('今天已经领取了 2 家，达到每日上限');
    expect((await db.customer.findFirstOrThrow({ where: { name: unowned[2] } })).ownerId).toBeNull();
    setNow(new Date(fixedNow.getTime() + day));
    const tomorrow = await say('zhang', '领取 南瑞');
    expect(tomorrow.cards[0]!.title).toBe('已领取：南京南瑞继保电气有限公司');
  });

  it('does not hand out a customer someone owns, and claimed ones leave the pool', async () => {
    const { db, say, press } = await createTestBot();
    const pool = await say('tom', 'pool');
    await say('zhang', '领取 汇川');
    const huichuan = pool.cards[0]!.buttons.find((b) => b.label.includes('汇川'))!;
    const late = await press('tom', huichuan);
    expect(cardText(late.cards[0]!)).toMatch(/someone owns it|just claimed/);
    const own = await say('zhang', '领取 华为技术');
    expect(cardText(own.cards[0]!)).toContain('已经是你的客户');
    expect((await db.customer.findFirstOrThrow({ where: { name: unowned[0] } })).ownerId).toBe(
      await personId(db, '张伟'),
    );
  });
});
