import { describe, expect, it } from 'vitest';
import { importReportCard } from '../../cards/import-report.ts';
import { importCustomers } from '../../src/import/import-customers.ts';
import { cardText, createTestBot, fixedNow, personId } from '../helpers/bot.ts';
import { actorNamed, csvFile } from './import-helpers.ts';

const file = csvFile('owners.csv', [
  'Name,Region,Industry,Grade,Owner',
  '深圳市优必选科技股份有限公司,,,,',
  'Kramerica Industries,,Software,,',
  'Kramerica Industries,Boston,,,',
  'Bluth Company,Palo Alto,Hardware,C,',
  'Prestige Worldwide,,Software,,张伟',
]);

describe('owners of imported customers', () => {
  it('gives a new customer without an owner the one the assignment rules name, shown in the dry run', async () => {
    const { db, say } = await createTestBot();
    await say('admin', '添加分配规则 地区=深圳 负责人=李娜');
    await say('admin', '添加分配规则 行业=Software 地区=Boston 负责人=Tom Chen');
    const admin = await actorNamed(db, '管理员');

    const preview = await importCustomers(db, admin, file, { commit: false, now: fixedNow });
    expect(preview.rows.filter((row) => row.kind === 'create').map((row) => [row.row, row.owner])).toEqual([
      [2, { name: '李娜', byRule: true }],
      // The region comes from a later row of the same customer; the rule needs both.
      [3, { name: 'Tom Chen', byRule: true }],
      [5, null],
      [6, { name: '张伟', byRule: false }],
    ]);
    const zh = cardText(importReportCard({ locale: 'zh-Hans', report: preview }));
    expect(zh).toContain('第 2 行 深圳市优必选科技股份有限公司（按分配规则由 李娜 负责）');
    expect(zh).toContain('第 5 行 Bluth Company（无负责人）');
    expect(zh).toContain('第 6 行 Prestige Worldwide（负责人 张伟）');
    const en = cardText(importReportCard({ locale: 'en', report: preview }));
    expect(en).toContain('Row 3 Kramerica Industries (owner Tom Chen, by the assignment rules)');

    const before = await db.push.count();
    await importCustomers(db, admin, file, { commit: true, now: fixedNow });
    // Those the rules chose hear what they received; an owner named in the file needs no telling.
    const pushes = await db.push.findMany({ where: { id: { gt: before } }, orderBy: { id: 'asc' } });
    expect(pushes.map((push) => [push.kind, push.personId])).toEqual([
      ['customers_received', await personId(db, '李娜')],
      ['customers_received', await personId(db, 'Tom Chen')],
    ]);
    expect(pushes[0]!.cards).toContain('深圳市优必选科技股份有限公司');
    expect(pushes[1]!.cards).toContain('You now own 1 more customers');
    const owners = await db.customer.findMany({
      where: {
        name: {
          in: ['深圳市优必选科技股份有限公司', 'Kramerica Industries', 'Bluth Company', 'Prestige Worldwide'],
        },
      },
      select: { name: true, ownerId: true, region: true },
      orderBy: { id: 'asc' },
    });
    expect(owners).toEqual([
      { name: '深圳市优必选科技股份有限公司', ownerId: await personId(db, '李娜'), region: '深圳' },
      { name: 'Kramerica Industries', ownerId: await personId(db, 'Tom Chen'), region: 'Boston' },
      { name: 'Bluth Company', ownerId: null, region: 'Palo Alto' },
      { name: 'Prestige Worldwide', ownerId: await personId(db, '张伟'), region: null },
    ]);
  });
});
