import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { importReportCard } from '../../cards/import-report.ts';
import { importCustomers } from '../../src/import/import-customers.ts';
import { flagBadCustomers } from '../../src/jobs/flag-bad-customers.ts';
import { slotOf } from '../../src/jobs/scheduler.ts';
import { cardText, createTestBot, fixedNow, timeZone } from '../helpers/bot.ts';
import { actorNamed, csvFile } from './import-helpers.ts';

const file = csvFile('arrears.csv', [
  '客户名称,欠款,欠款日期',
  '华为技术有限公司,30万,2025-06-01',
  '招商银行股份有限公司,5000,',
  '海尔集团,很多,2025-06-01',
  '万科企业股份有限公司,1000,2025-02-30',
]);

describe('importing arrears', () => {
  it('reads 欠款 and 欠款日期, rejects what is not an amount or a day, and adds each receivable once', async () => {
    const { db } = await createTestBot();
    const admin = await actorNamed(db, '管理员');
    const dry = await importCustomers(db, admin, file, { commit: false, now: fixedNow });
    expect(dry.columns.map((column) => column.field)).toEqual(['name', 'arrears', 'arrears_due']);
    expect(dry.rows.map((row) => [row.row, row.kind])).toEqual([
      [2, 'update'],
      [3, 'update'],
      [4, 'reject'],
      [5, 'reject'],
    ]);
    const text = cardText(importReportCard({ locale: 'zh-Hans', report: dry }));
    expect(text).toContain('欠款 +1');
    expect(text).toContain('欠款「很多」不是金额');
    expect(await db.receivable.count()).toBe(0);

    await importCustomers(db, admin, file, { commit: true, now: fixedNow });
    const rows = await db.receivable.findMany({
      include: { customer: { select: { name: true } } },
      orderBy: { id: 'asc' },
    });
    expect(
      rows.map((row) => [
        row.customer.name,
        row.amountCents,
        row.dueOn.toISOString().slice(0, 10),
        row.source,
      ]),
    ).toEqual([
      ['华为技术有限公司', 30_000_000, '2025-06-01', 'import'],
      // No due day: counted from the import day.
      ['招商银行股份有限公司', 500_000, '2026-11-23', 'import'],
    ]);
    const again = await importCustomers(db, admin, file, { commit: true, now: fixedNow });
    expect(again.rows[0]!.kind).toBe('unchanged');
    expect(await db.receivable.count()).toBe(2);
  });

  it('reads English headers, and imported arrears over a year old flag the customer overnight', async () => {
    const { db } = await createTestBot();
    const english = csvFile('arrears.csv', ['Name,Arrears,Arrears due', 'Acme Corp,"50,000",2025-06-01']);
    await importCustomers(db, await actorNamed(db, '管理员'), english, { commit: true, now: fixedNow });
    const night = new Date('2026-11-24T01:30:00+08:00');
    await flagBadCustomers(
      { db, logger: pino({ level: 'silent' }), now: () => night, timeZone },
      slotOf(night),
    );
    expect(await db.customer.findFirstOrThrow({ where: { name: 'Acme Corp' } })).toMatchObject({
      status: 'bad',
      badReason: 'arrears',
    });
  });
});
