import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { writeSetting } from '../../src/db/settings.ts';
import { gradeCustomers } from '../../src/jobs/nightly-grading.ts';
import { slotOf } from '../../src/jobs/scheduler.ts';
import { cardText, createTestBot, fixedNow, personId, timeZone } from '../helpers/bot.ts';

const day = 24 * 60 * 60 * 1000;
const night = new Date('2026-11-24T01:00:00+08:00');
const deps = (db: Db, now = night) => ({ db, logger: pino({ level: 'silent' }), now: () => now, timeZone });

async function sale(db: Db, customer: string, yuan: number, daysAgo = 10) {
  const { id } = await db.customer.findFirstOrThrow({ where: { name: customer } });
  await db.sale.create({
    data: {
      customerId: id,
      amountCents: yuan * 100,
      occurredOn: new Date(fixedNow.getTime() - daysAgo * day),
      source: 'import',
    },
  });
}

async function gradeChangesFor(db: Db, name: string): Promise<string[]> {
  const pushes = await db.push.findMany({
    where: { personId: await personId(db, name), kind: 'grade_changes' },
  });
  return pushes.map((push) => JSON.parse(push.cards).map(cardText).join('\n'));
}

describe('nightly grading', () => {
  it('regrades from the last 12 months of sales and tells the manager what moved, ↑ and ↓', async () => {
    const { db } = await createTestBot();
    await sale(db, '华为终端有限公司', 1_500_000); // B → A
    await sale(db, '华为技术有限公司', 200_000); // A → C
    await sale(db, '华为技术有限公司', 3_000_000, 400); // last year's big order no longer counts
    await sale(db, '招商银行股份有限公司', 1_200_000); // A stays A

    const outcome = await gradeCustomers(deps(db), slotOf(night));

    expect(outcome).toMatchObject({ ran: true, failed: 0 });
    const terminal = await db.customer.findFirstOrThrow({ where: { name: '华为终端有限公司' } });
    expect(terminal).toMatchObject({
      grade: 'A',
      previousGrade: 'B',
      lifecycleStage: 'growth',
      rfmMonetary: 5,
    });
    const huawei = await db.customer.findFirstOrThrow({ where: { name: '华为技术有限公司' } });
    expect(huawei).toMatchObject({ grade: 'C', previousGrade: 'A', lifecycleStage: 'decline' });
    const [card, ...more] = await gradeChangesFor(db, '王经理');
    expect(more).toHaveLength(0);
    expect(card).toContain('客户等级变化：↑1 ↓1');
    expect(card).toContain('- ↑ 华为终端有限公司 B → A（李娜，近12个月 ¥150万）');
    expect(card).toContain('- ↓ 华为技术有限公司 A → C（张伟，近12个月 ¥20万）');
    expect(card).not.toContain('招商银行');
    // Reps get no list of their own.
    expect(await gradeChangesFor(db, '张伟')).toEqual([]);
  });

  it('keeps the grade of customers without sales data and still scores them', async () => {
    const { db } = await createTestBot();
    await gradeCustomers(deps(db), slotOf(night));
    const acme = await db.customer.findFirstOrThrow({ where: { name: 'Acme Corp' } });
    expect(acme).toMatchObject({
      grade: 'A',
      previousGrade: null,
      rfmRecency: 1,
      rfmFrequency: 1,
      rfmMonetary: 1,
    });
    expect(acme.lifecycleStage).toBe('acquisition');
    expect(await db.push.count({ where: { kind: 'grade_changes' } })).toBe(0);
  });

  it('shows grade, RFM and lifecycle on the customer card', async () => {
    const { db, say, setNow } = await createTestBot();
    await sale(db, '华为终端有限公司', 1_500_000);
    await gradeCustomers(deps(db), slotOf(night));
    setNow(new Date(night.getTime() + 8 * 60 * 60 * 1000));
    const profile = cardText((await say('manager', '查一下 华为终端')).cards[0]!);
    expect(profile).toContain('等级: A（↑ 原 B）');
    expect(profile).toContain('RFM: R5 F2 M5');
    expect(profile).toContain('生命周期: 提升期');
  });

  it('follows the thresholds in the settings and sends one list a night', async () => {
    const { db } = await createTestBot();
    await writeSetting(db, 'grading.thresholds', { A: 100_000, B: 50_000, C: 10_000 }, 1);
    await sale(db, '海尔集团', 120_000); // C → A at these thresholds
    await gradeCustomers(deps(db), slotOf(night));
    await gradeCustomers(
      deps(db, new Date(night.getTime() + 60_000)),
      slotOf(new Date(night.getTime() + 60_000)),
    );
    expect((await db.customer.findFirstOrThrow({ where: { name: '海尔集团' } })).grade).toBe('A');
    const lists = await gradeChangesFor(db, '王经理');
    expect(lists).toHaveLength(1);
    expect(lists[0]).toContain('↑ 海尔集团 C → A');
  });
});
