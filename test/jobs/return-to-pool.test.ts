import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { writeSetting } from '../../src/db/settings.ts';
import { returnCustomersToPool } from '../../src/jobs/return-to-pool.ts';
import { slotOf } from '../../src/jobs/scheduler.ts';
import { cardText, createTestBot, fixedNow, personId, timeZone } from '../helpers/bot.ts';

const day = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(fixedNow.getTime() + days * day);
const run = (db: Db, now: Date) =>
  returnCustomersToPool({ db, logger: pino({ level: 'silent' }), now: () => now, timeZone }, slotOf(now));

/** The demo data is stamped with the wall clock; date it a week before the fixed clock instead. */
async function aWeekOld(db: Db) {
  await db.customer.updateMany({ data: { createdAt: at(-7) } });
  await db.followUp.updateMany({ data: { createdAt: at(-7) } });
}

describe('returning customers to the pool', () => {
  it('returns customers idle for longer than their grade allows, and tells the former owner', async () => {
    const { db, say, setNow } = await createTestBot();
    await aWeekOld(db);
    const zhang = await personId(db, '张伟');
    // 40 days on: 华为技术 (A, last visit 6 days before) is over A's 30 days; 大疆 (B, added a week
    // before) is within B's 45 once it is dated a day before instead.
    await db.customer.updateMany({
      where: { name: '深圳市大疆创新科技有限公司' },
      data: { createdAt: at(-1) },
    });
    const now = at(40);
    await run(db, now);

    const huawei = await db.customer.findFirstOrThrow({ where: { name: '华为技术有限公司' } });
    expect(huawei).toMatchObject({ ownerId: null, formerOwnerId: zhang, inPoolSince: now });
    expect(await db.followUp.count({ where: { customerId: huawei.id, status: 'open' } })).toBe(0);
    const dji = await db.customer.findFirstOrThrow({ where: { name: '深圳市大疆创新科技有限公司' } });
    expect(dji.ownerId).toBe(zhang);

    const push = await db.push.findFirstOrThrow({ where: { personId: zhang, kind: 'return_to_pool' } });
    const text = JSON.parse(push.cards).map(cardText).join('\n');
    expect(text).toContain('华为技术有限公司 [A]：46 天无联系或跟进（上限 30 天）');
    expect(text).not.toContain('大疆');

    setNow(now);
    const pool = cardText((await say('li', '公海 华为')).cards[0]!);
    expect(pool).toContain('华为技术有限公司');
    expect(pool).toContain('原负责人 张伟');
    const profile = cardText((await say('li', '查一下 华为技术')).cards[0]!);
    expect(profile).toContain('负责人: 公海');
  });

  it('does not take back a customer that was just claimed, nor one being worked on', async () => {
    const { db, say, setNow } = await createTestBot();
    await aWeekOld(db);
    setNow(at(25));
    await say('zhang', '记录拜访 招商银行 李经理确认下单，下周跟进');
    await run(db, at(40));
    setNow(at(40));
    await say('li', '领取 华为技术');
    await run(db, at(41));
    const huawei = await db.customer.findFirstOrThrow({ where: { name: '华为技术有限公司' } });
    expect(huawei.ownerId).toBe(await personId(db, '李娜'));
    expect((await db.customer.findFirstOrThrow({ where: { name: '招商银行股份有限公司' } })).ownerId).toBe(
      await personId(db, '张伟'),
    );
  });

  it('follows the limits in the settings and leaves bad customers alone', async () => {
    const { db } = await createTestBot();
    await aWeekOld(db);
    await writeSetting(db, 'pool.return_after_days', { A: 60, B: 10, C: 60, D: 90 }, 1);
    await db.customer.updateMany({ where: { name: '美的集团股份有限公司' }, data: { status: 'bad' } });
    await run(db, at(20));
    expect(
      (await db.customer.findFirstOrThrow({ where: { name: '华为技术有限公司' } })).ownerId,
    ).not.toBeNull();
    expect(
      (await db.customer.findFirstOrThrow({ where: { name: '深圳市大疆创新科技有限公司' } })).ownerId,
    ).toBeNull();
    expect(
      (await db.customer.findFirstOrThrow({ where: { name: '美的集团股份有限公司' } })).ownerId,
    ).not.toBeNull();
  });
});
