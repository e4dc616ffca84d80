import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { flagBadCustomers } from '../../src/jobs/flag-bad-customers.ts';
import { slotOf } from '../../src/jobs/scheduler.ts';
import { cardText, createTestBot, fixedNow, personId, timeZone } from '../helpers/bot.ts';

const day = 24 * 60 * 60 * 1000;
const night = new Date('2026-11-24T01:30:00+08:00');
const run = (db: Db, now = night) =>
  flagBadCustomers({ db, logger: pino({ level: 'silent' }), now: () => now, timeZone }, slotOf(now));

/** Everyone on file for two years, so only the business decides. */
async function twoYearsOld(db: Db) {
  await db.customer.updateMany({ data: { createdAt: new Date(fixedNow.getTime() - 730 * day) } });
}

describe('flagging customers without business', () => {
  it('flags customers with no sale and no visit for a year, and tells their owner', async () => {
    const { db, say } = await createTestBot();
    await twoYearsOld(db);
    const { id: cmb } = await db.customer.findFirstOrThrow({ where: { name: '海尔集团' } });
    await db.sale.create({
      data: {
        customerId: cmb,
        amountCents: 100,
        occurredOn: new Date(fixedNow.getTime() - 90 * day),
        source: 'import',
      },
    });

    await run(db);

    const status = async (name: string) => (await db.customer.findFirstOrThrow({ where: { name } })).status;
    expect(await status('万科企业股份有限公司')).toBe('bad');
    expect(await status('华为技术有限公司')).toBe('active'); // visited 6 days ago
    expect(await status('海尔集团')).toBe('active'); // bought 90 days ago
    const push = await db.push.findFirstOrThrow({
      where: { personId: await personId(db, '张伟'), kind: 'bad_customers_flagged' },
    });
    expect(JSON.parse(push.cards).map(cardText).join('\n')).toContain('万科企业股份有限公司');
    const profile = await say('zhang', '查一下 万科');
    expect(cardText(profile.cards[0]!)).toContain('⚠️ 不良客户（一年无成交无拜访）');
  });

  it('leaves young customers alone and does not re-flag one a manager cleared', async () => {
    const { db, say } = await createTestBot();
    await db.customer.updateMany({ data: { createdAt: new Date(fixedNow.getTime() - 100 * day) } });
    await run(db);
    expect(await db.customer.count({ where: { status: 'bad' } })).toBe(0);

    await twoYearsOld(db);
    await run(db, new Date(night.getTime() + 60_000));
    expect((await db.customer.findFirstOrThrow({ where: { name: '万科企业股份有限公司' } })).status).toBe(
      'bad',
    );
    await say('manager', '取消不良 万科');
    await run(db, new Date(night.getTime() + day));
    expect((await db.customer.findFirstOrThrow({ where: { name: '万科企业股份有限公司' } })).status).toBe(
      'active',
    );
  });
});
