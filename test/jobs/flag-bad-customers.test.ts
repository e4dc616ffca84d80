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

describe('flagging customers in arrears', () => {
  const huawei = '华为技术有限公司';
  const status = async (db: Db) => db.customer.findFirstOrThrow({ where: { name: huawei } });

  it('flags a customer once a receivable is unpaid more than a year past due, not before', async () => {
    const { db, say } = await createTestBot();
    // 华为技术 was visited 6 days ago: only the money can flag it.
    await say('zhang', '华为技术 欠款 30万 到期 2025-11-30');
    await run(db);
    expect((await status(db)).status).toBe('active');

    await say('zhang', '华为技术 欠款 10万 到期 2025-11-20');
    await run(db, new Date(night.getTime() + 60_000));
    expect(await status(db)).toMatchObject({ status: 'bad', badReason: 'arrears' });
    const push = await db.push.findFirstOrThrow({
      where: { personId: await personId(db, '张伟'), kind: 'bad_customers_flagged' },
    });
    expect(JSON.parse(push.cards).map(cardText).join('\n')).toContain(`${huawei} ⚠️ 不良客户（欠款）`);
    const profile = await say('zhang', '查一下 华为技术');
    expect(cardText(profile.cards[0]!)).toContain('⚠️ 不良客户（欠款）');
  });

  it('lifts the flag when a payment leaves nothing a year overdue, and says so', async () => {
    const { db, say } = await createTestBot();
    await say('zhang', '华为技术 欠款 30万 到期 2025-06-01');
    await run(db);
    expect((await status(db)).status).toBe('bad');
    const partial = await say('zhang', '华为技术 回款 10万');
    expect(cardText(partial.cards[0]!)).toContain('⚠️ 不良客户（欠款）');
    expect((await status(db)).status).toBe('bad');
    const paid = await say('zhang', '华为技术 回款 20万');
    expect(cardText(paid.cards[0]!)).toContain('不良客户标记已取消');
    expect(await status(db)).toMatchObject({ status: 'active', badReason: null, flaggedAt: null });
    expect(await db.auditLog.count({ where: { action: 'customer.arrears_cleared' } })).toBe(1);
    await run(db, new Date(night.getTime() + day));
    expect((await status(db)).status).toBe('active');
  });

  it('lifts its flag overnight when the receivable was settled outside chat', async () => {
    const { db } = await createTestBot();
    const { id } = await status(db);
    await db.receivable.create({
      data: { customerId: id, amountCents: 100, dueOn: new Date('2025-01-01'), source: 'import' },
    });
    await run(db);
    expect((await status(db)).status).toBe('bad');
    await db.receivable.updateMany({ data: { paidCents: 100, paidOn: fixedNow } });
    await run(db, new Date(night.getTime() + day));
    expect((await status(db)).status).toBe('active');
  });

  it("leaves a person's arrears flag alone when the money is paid", async () => {
    const { db, say } = await createTestBot();
    await say('zhang', '华为技术 欠款 30万 到期 2025-06-01');
    await say('zhang', '标记不良 华为技术 长期欠款');
    const paid = await say('zhang', '华为技术 回款 30万');
    expect(cardText(paid.cards[0]!)).not.toContain('标记已取消');
    await run(db);
    expect(await status(db)).toMatchObject({ status: 'bad', badReason: 'arrears: 长期欠款' });
  });
});
