import { parse } from 'csv-parse/sync';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../../cards/card.ts';
import type { Db } from '../../../src/db/client.ts';
import { exportRecords } from '../../../src/import/export-records.ts';
import {
  escalateOverdueFollowUps,
  sendDueReminders,
  sendFollowUpDigests,
} from '../../../src/jobs/follow-up-jobs.ts';
import { gradeCustomers } from '../../../src/jobs/nightly-grading.ts';
import { slotOf } from '../../../src/jobs/scheduler.ts';
import {
  addHuaweiLookalike,
  cardText,
  createTestBot,
  fixedNow,
  personId,
  timeZone,
} from '../../helpers/bot.ts';
import { actorNamed } from '../../import/import-helpers.ts';

const day = 24 * 60 * 60 * 1000;
const huawei = '华为技术有限公司';
// What the nightly job writes for arrears over a year.
const warned = `${huawei} ⚠️ 不良客户（欠款）`;

async function flagged() {
  const bot = await createTestBot();
  await bot.db.customer.updateMany({
    where: { name: huawei },
    data: { status: 'bad', badReason: 'arrears', flaggedAt: fixedNow },
  });
  const deps = (now = fixedNow) => ({
    db: bot.db,
    logger: pino({ level: 'silent' }),
    now: () => now,
    timeZone,
  });
  return { ...bot, deps };
}

async function followUpOn(db: Db, dueAt: Date, hasTime = false) {
  const { id: customerId } = await db.customer.findFirstOrThrow({ where: { name: huawei } });
  return db.followUp.create({
    data: { customerId, assigneeId: await personId(db, '张伟'), title: '催款', dueAt, hasTime },
  });
}

async function pushed(db: Db, person: string, kind: string): Promise<string> {
  const pushes = await db.push.findMany({ where: { personId: await personId(db, person), kind } });
  return pushes.flatMap((push) => (JSON.parse(push.cards) as Card[]).map(cardText)).join('\n');
}

describe('the bad-customer warning wherever a flagged customer is listed', () => {
  it('shows on the follow-up list, and on the follow-up once done', async () => {
    const { db, say, press } = await flagged();
    const followUp = await followUpOn(db, fixedNow);
    const list = await say('zhang', '我的跟进');
    expect(cardText(list.cards[0]!)).toContain(`· ${warned} · 催款`);
    expect(cardText(list.cards[0]!)).not.toMatch(/招商银行股份有限公司 ⚠️/);
    const done = await press('zhang', { action: 'follow_up.done', payload: { followUpId: followUp.id } });
    expect(cardText(done.cards[0]!)).toContain(`客户: ${warned}`);
  });

  it('shows in the morning digest, the due reminder and the manager’s overdue list', async () => {
    const { db, deps } = await flagged();
    await followUpOn(db, new Date(fixedNow.getTime() - 60_000), true);
    await sendFollowUpDigests(deps(), slotOf(fixedNow));
    expect(await pushed(db, '张伟', 'follow_up_digest')).toContain(warned);
    await sendDueReminders(deps(), slotOf(fixedNow));
    expect(await pushed(db, '张伟', 'follow_up_due')).toContain(`客户: ${warned}`);
    await followUpOn(db, new Date(fixedNow.getTime() - 10 * day));
    await escalateOverdueFollowUps(deps(), slotOf(fixedNow));
    expect(await pushed(db, '王经理', 'follow_up_overdue')).toContain(warned);
  });

  it('shows on the handover and on the new owner’s list of customers received', async () => {
    const { db, say } = await flagged();
    const reply = await say('admin', '交接 张伟 给 李娜');
    expect(cardText(reply.cards[0]!)).toContain(warned);
    const received = await pushed(db, '李娜', 'customers_received');
    expect(received).toContain(`- ${warned}`);
    expect(received).not.toMatch(/招商银行股份有限公司 ⚠️/);
  });

  it('shows on the manager’s grade changes', async () => {
    const { db, deps } = await flagged();
    const { id: customerId } = await db.customer.findFirstOrThrow({ where: { name: huawei } });
    await db.sale.create({
      data: {
        customerId,
        amountCents: 20_000_000,
        occurredOn: new Date(fixedNow.getTime() - 10 * day),
        source: 'import',
      },
    });
    const night = new Date('2026-11-24T01:00:00+08:00');
    await gradeCustomers(deps(night), slotOf(night));
    expect(await pushed(db, '王经理', 'grade_changes')).toContain(`- ↓ ${warned} A → C`);
  });

  it('shows on the duplicates list', async () => {
    const { db, say } = await flagged();
    await db.customer.create({ data: { name: '华为技术股份有限公司', normalizedName: '华为技术' } });
    const text = cardText((await say('admin', '查重')).cards[0]!);
    expect(text).toMatch(new RegExp(`#\\d+ ${warned} \\(张伟\\)`));
    expect(text).not.toMatch(/华为技术股份有限公司 ⚠️/);
  });

  it('shows in the pool with the reason, and in the choice of customers a search offers', async () => {
    const { db, say } = await flagged();
    await db.customer.updateMany({
      where: { name: '苏州汇川技术有限公司' },
      data: { status: 'bad', badReason: 'manual: 拖延付款' },
    });
    const pool = cardText((await say('zhang', '公海')).cards[0]!);
    expect(pool).toContain('- 苏州汇川技术有限公司 ⚠️ 不良客户（人工标记）：拖延付款');
    expect(pool).not.toMatch(/南京南瑞继保电气有限公司 ⚠️/);
    await addHuaweiLookalike(db);
    const search = cardText((await say('manager', '查一下 华为')).cards[0]!);
    expect(search).toContain(`${huawei} (张伟) ⚠️ 不良客户（欠款）`);
    expect(search).not.toMatch(/华为科技有限公司 \(李娜\) ⚠️/);
  });

  it('adds a 不良客户 / Bad customer column with the reason to the exports', async () => {
    const { db, say } = await flagged();
    await say('zhang', '投诉 华为技术 发票开错了');
    const csv = async (person: string, what: 'customers' | 'complaints') => {
      const file = await exportRecords(db, await actorNamed(db, person), { what, format: 'csv', timeZone });
      return parse(Buffer.from(file.bytes), { bom: true }) as string[][];
    };
    const customers = await csv('张伟', 'customers');
    const at = customers[0]!.indexOf('不良客户');
    expect(at).toBeGreaterThan(0);
    const row = (name: string) => customers.find((r) => r[0] === name)!;
    expect(row(huawei)[at]).toBe('欠款');
    expect(row('招商银行股份有限公司')[at]).toBe('');
    const complaints = await csv('张伟', 'complaints');
    expect(complaints[1]![complaints[0]!.indexOf('不良客户')]).toBe('欠款');
    const english = await csv('管理员', 'customers');
    expect(english[0]).toContain('不良客户');
    await db.person.updateMany({ where: { name: 'Tom Chen' }, data: { locale: 'en' } });
    const tom = await csv('Tom Chen', 'customers');
    expect(tom[0]).toContain('Bad customer');
  });
});
