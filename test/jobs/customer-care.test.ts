import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { writeSetting } from '../../src/db/settings.ts';
import { sendCustomerCare } from '../../src/jobs/customer-care.ts';
import { flagBadCustomers } from '../../src/jobs/flag-bad-customers.ts';
import { slotOf } from '../../src/jobs/scheduler.ts';
import { cardText, createTestBot, fixedNow, personId, timeZone } from '../helpers/bot.ts';

const day = 24 * 60 * 60 * 1000;

async function careFor(name: string, db: Awaited<ReturnType<typeof createTestBot>>['db']): Promise<string> {
  const push = await db.push.findFirst({
    where: { personId: await personId(db, name), kind: 'customer_care' },
  });
  return push ? JSON.parse(push.cards).map(cardText).join('\n') : '';
}

describe('customer care', () => {
  it('lists customers quiet for longer than their grade allows, and contacts with a birthday tomorrow', async () => {
    const { db } = await createTestBot();
    const now = new Date(fixedNow.getTime() + 2 * day);
    await db.contact.updateMany({ where: { name: '刘工' }, data: { birthday: '11-26' } });
    await sendCustomerCare({ db, logger: pino({ level: 'silent' }), now: () => now, timeZone }, slotOf(now));
    const zhang = await careFor('张伟', db);
    // 华为技术 is grade A (every 7 days), last contacted 8 days before; 招商银行 (A) only 5 days before.
    expect(zhang).toMatch(/华为技术有限公司 \[A\] · 8 天未联系/);
    expect(zhang).not.toContain('招商银行');
    expect(zhang).toContain('刘工 (华为技术有限公司)');
  });

  it('leaves flagged bad customers out and follows the configured cadence', async () => {
    const { db } = await createTestBot();
    const now = new Date(fixedNow.getTime() + 2 * day);
    await db.customer.updateMany({ where: { name: '华为技术有限公司' }, data: { status: 'bad' } });
    await writeSetting(db, 'care.cadence_days', { A: 4, B: 14, C: 30, D: 90 }, 1);
    await sendCustomerCare({ db, logger: pino({ level: 'silent' }), now: () => now, timeZone }, slotOf(now));
    const zhang = await careFor('张伟', db);
    expect(zhang).not.toContain('华为技术');
    expect(zhang).toMatch(/招商银行股份有限公司 \[A\] · 5 天未联系/);
  });

  it('leaves out a customer the nightly job flagged for arrears, birthdays included', async () => {
    const { db, say } = await createTestBot();
    const now = new Date(fixedNow.getTime() + 2 * day);
    await db.contact.updateMany({ where: { name: '刘工' }, data: { birthday: '11-26' } });
    await say('zhang', '华为技术 欠款 30万 到期 2025-06-01');
    await flagBadCustomers({ db, logger: pino({ level: 'silent' }), now: () => now, timeZone }, slotOf(now));
    expect((await db.customer.findFirstOrThrow({ where: { name: '华为技术有限公司' } })).badReason).toBe(
      'arrears',
    );
    await sendCustomerCare({ db, logger: pino({ level: 'silent' }), now: () => now, timeZone }, slotOf(now));
    const zhang = await careFor('张伟', db);
    expect(zhang).not.toContain('华为技术');
    expect(zhang).not.toContain('刘工');
  });

  it('lists the fifteen quiet longest and counts the rest', async () => {
    const { db } = await createTestBot();
    const zhang = await personId(db, '张伟');
    const longAgo = new Date(fixedNow.getTime() - 200 * day);
    for (let i = 0; i < 20; i++)
      await db.customer.create({
        data: {
          name: `沉默客户${i}`,
          normalizedName: `沉默客户${i}`,
          grade: 'D',
          ownerId: zhang,
          createdAt: longAgo,
        },
      });
    await sendCustomerCare(
      { db, logger: pino({ level: 'silent' }), now: () => fixedNow, timeZone },
      slotOf(fixedNow),
    );
    const text = await careFor('张伟', db);
    const listed = text.split('\n').filter((line) => line.startsWith('- ') && line.includes('天未联系'));
    expect(listed).toHaveLength(15);
    expect(listed[0]).toContain('200 天未联系');
    expect(text).toMatch(/……还有 \d+ 家/);
  });
});
