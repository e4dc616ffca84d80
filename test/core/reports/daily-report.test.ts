import { describe, expect, it } from 'vitest';
import { dailyReportCard } from '../../../cards/daily-report.ts';
import { teamReportCard } from '../../../cards/team-report.ts';
import { readReportDay } from '../../../src/core/reports/read-report-day.ts';
import type { RepReport, TeamReport } from '../../../src/domain/reports/report-content.ts';
import { cardText, createTestBot, fixedNow, personId, timeZone } from '../../helpers/bot.ts';

/** A day of work on the demo team: two reps log visits, one logs nothing, a complaint is filed. */
async function busyDay() {
  const t = await createTestBot();
  // The demo customers are old; one customer was added this morning.
  await t.db.customer.updateMany({ data: { createdAt: new Date('2026-01-05T00:00:00Z') } });
  await t.db.customer.create({
    data: {
      name: '蓝海科技',
      normalizedName: '蓝海科技',
      ownerId: await personId(t.db, '李娜'),
      createdAt: fixedNow,
    },
  });
  await t.say('zhang', '记录拜访 华为 和张总聊了报价，客户希望周五前拿到方案，友商降价了 20%，下周二跟进');
  await t.say('zhang', '电话拜访 招行 李经理担心系统太慢，下周三跟进');
  await t.say('tom', 'log visit with Acme Corp: met CTO Zhang, they were pleased with the demo');
  await t.say('zhang', '投诉 华为 设备故障，很紧急');
  // A complaint from last week was resolved this afternoon.
  const old = await t.db.complaint.create({
    data: {
      customerId: (await t.db.customer.findFirstOrThrow({ where: { name: '美的集团股份有限公司' } })).id,
      reporterId: await personId(t.db, '张伟'),
      category: 'delivery',
      severity: 'normal',
      status: 'resolved',
      description: '交付延迟',
      ackDueAt: new Date('2026-11-17T10:00:00+08:00'),
      resolveDueAt: new Date('2026-11-20T10:00:00+08:00'),
      resolvedAt: new Date('2026-11-23T09:30:00+08:00'),
      createdAt: new Date('2026-11-16T10:00:00+08:00'),
    },
  });
  await t.db.complaintEvent.create({
    data: { complaintId: old.id, action: 'resolved', at: new Date('2026-11-23T09:30:00+08:00') },
  });
  const done = await t.db.followUp.findFirstOrThrow({
    where: { customer: { name: '招商银行股份有限公司' }, status: 'open' },
  });
  await t.db.followUp.update({ where: { id: done.id }, data: { status: 'done', doneAt: fixedNow } });
  return t;
}

describe('daily reports on demand', () => {
  it('gives a rep their own day: customers contacted, what they raised, competitor news, reactions', async () => {
    const t = await busyDay();
    const reply = await t.say('zhang', '生成今天的日报');
    const text = cardText(reply.cards[0]!);
    expect(text).toContain('日报 2026-11-23：张伟');
    expect(text).toMatch(/华为技术有限公司 · 拜访 · /);
    expect(text).toMatch(/招商银行股份有限公司 · 电话 · /);
    expect(text).toContain('系统太慢');
    expect(text).toContain('友商');
    expect(text).toMatch(/招商银行股份有限公司：.* → 已完成/);
    expect(text).toContain('待确认会议纪要 2 份');
    expect(
      await t.db.report.count({ where: { key: `rep:${await personId(t.db, '张伟')}:2026-11-23` } }),
    ).toBe(1);
  });

  it('gives the manager the team summary checked against the day', async () => {
    const t = await busyDay();
    const reply = await t.say('manager', '团队日报');
    const text = cardText(reply.cards[0]!);
    expect(text).toContain('团队日报 2026-11-23：华东销售 East China Sales');
    expect(text).toContain('各人拜访: 张伟 2，李娜 0，Tom Chen 1');
    expect(text).toContain('未记录: 李娜');
    expect(text).toContain('新客户: 蓝海科技');
    expect(text).toContain('完成 1，逾期 1');
    expect(text).toMatch(/新增 #\d+ 华为技术有限公司 · .* · 待受理/);
    expect(text).toContain('今日新增 1，今日关闭 1，未结 1');
    expect(text).toMatch(/关闭 #\d+ 美的集团股份有限公司 · .* · 已解决/);
    expect(text).toContain('⚠ 华为技术有限公司（张伟）');
    expect(text).toContain('Tom Chen · Acme Corp');
    expect(text).toContain('共记录 3 次客户接触');
    const stored = await t.db.report.findFirstOrThrow({ where: { kind: 'team' } });
    expect(stored.writtenBy).toBe('template');
    expect(JSON.parse(stored.content).silent).toEqual(['李娜']);
  });

  it('reads yesterday and refuses a future day, storing nothing', async () => {
    const t = await busyDay();
    const yesterday = await t.say('tom', 'report for yesterday');
    expect(cardText(yesterday.cards[0]!)).toContain('Daily report 2026-11-22: Tom Chen');
    const future = await t.say('zhang', '明天的日报');
    expect(cardText(future.cards[0]!)).toContain('2026-11-24 还没到');
    expect(await t.db.report.count({ where: { day: '2026-11-24' } })).toBe(0);
  });

  it('shows the manager minutes left unconfirmed for over two working days', async () => {
    const t = await busyDay();
    t.setNow(new Date('2026-11-26T18:00:00+08:00'));
    const text = cardText((await t.say('manager', '团队日报')).cards[0]!);
    expect(text).toContain('团队日报 2026-11-26');
    expect(text).toContain('张伟 · 华为技术有限公司（已超过 2 个工作日）');
    expect(text).toContain('未记录: 张伟，李娜，Tom Chen');
  });

  it('keeps team reports for managers', async () => {
    const t = await busyDay();
    const reply = await t.say('li', '团队日报');
    expect(cardText(reply.cards[0]!)).toContain('团队日报只有主管能看');
  });

  it.each([
    ['日报', '2026-11-23'],
    ['昨天的日报', '2026-11-22'],
    ['前天的日报', '2026-11-21'],
    ['大前天的日报', '2026-11-20'],
    ['daily report for the day before yesterday', '2026-11-21'],
    ['11月20日的日报', '2026-11-20'],
    ['report for 2026-11-02', '2026-11-02'],
  ])('reads the day of %s', (text, day) => {
    expect(readReportDay(text, fixedNow, timeZone)).toEqual({ kind: 'day', day });
  });
});

describe('flagged customers (不良客户) in daily reports', () => {
  /** The busy day with 华为 flagged for arrears and 蓝海科技 (new today) flagged by hand. */
  async function flaggedDay() {
    const t = await busyDay();
    await t.db.customer.updateMany({
      where: { name: '华为技术有限公司' },
      data: { status: 'bad', badReason: 'arrears: 长期拖欠', flaggedAt: fixedNow },
    });
    await t.db.customer.updateMany({
      where: { name: '蓝海科技' },
      data: { status: 'bad', badReason: 'manual', flaggedAt: fixedNow },
    });
    return t;
  }
  const huawei = '华为技术有限公司 ⚠️ 不良客户（欠款）：长期拖欠';

  it('the team report warns on every line that names a flagged customer, and no other', async () => {
    const t = await flaggedDay();
    const text = cardText((await t.say('manager', '团队日报')).cards[0]!);
    expect(text).toContain('新客户: 蓝海科技 ⚠️ 不良客户（人工标记）');
    expect(text).toMatch(new RegExp(`新增 #\\d+ ${huawei} · .* · 待受理`));
    expect(text).toContain(`⚠ ${huawei}（张伟）`);
    expect(text).toContain(`张伟 · ${huawei}`);
    expect(text).toMatch(/关闭 #\d+ 美的集团股份有限公司 · /);
    expect(text).not.toContain('美的集团股份有限公司 ⚠️');
    expect(text).toContain('Tom Chen · Acme Corp\n');
  });

  it("a rep's daily report warns on the flagged customer's lines", async () => {
    const t = await flaggedDay();
    const text = cardText((await t.say('zhang', '生成今天的日报')).cards[0]!);
    expect(text).toMatch(new RegExp(`${huawei} · 拜访 · `));
    expect(text).toMatch(/招商银行股份有限公司 · 电话 · /);
    expect(text).toContain(`${huawei}：`);
    expect(text).not.toContain('招商银行股份有限公司 ⚠️');
  });

  it('the stored report keeps the flag with the line', async () => {
    const t = await flaggedDay();
    await t.say('manager', '团队日报');
    const stored = await t.db.report.findFirstOrThrow({ where: { kind: 'team' } });
    const content = JSON.parse(stored.content) as TeamReport;
    expect(content.complaints.opened[0]).toMatchObject({
      customer: '华为技术有限公司',
      customerBad: { reason: 'arrears: 长期拖欠' },
    });
    expect(content.newCustomers).toEqual([{ name: '蓝海科技', owner: '李娜', bad: { reason: 'manual' } }]);
    expect(content.unconfirmedMinutes.find((m) => m.customer === 'Acme Corp')?.customerBad).toBeNull();
  });

  it('a report stored before the flag was kept still renders, without warnings', async () => {
    const t = await flaggedDay();
    await t.say('manager', '团队日报');
    await t.say('zhang', '生成今天的日报');
    // The JSON as it was stored before: the same facts without customerBad / bad.
    const old = (kind: 'team' | 'rep') =>
      t.db.report.findFirstOrThrow({ where: { kind } }).then((row) => {
        const content = row.content.replaceAll(
          /,"(customerBad|bad)":(null|\{"reason":(null|"[^"]*")\})/g,
          '',
        );
        expect(content).not.toMatch(/customerBad|"bad"/);
        return content;
      });
    await t.db.report.create({
      data: {
        key: 'team:old',
        kind: 'team',
        day: '2026-11-20',
        content: await old('team'),
        narrative: '旧日报',
        writtenBy: 'template',
      },
    });
    await t.db.report.create({
      data: {
        key: 'rep:old',
        kind: 'rep',
        day: '2026-11-20',
        content: await old('rep'),
        narrative: '',
        writtenBy: 'template',
      },
    });
    const teamRow = await t.db.report.findUniqueOrThrow({ where: { key: 'team:old' } });
    const team = cardText(
      teamReportCard({
        locale: 'zh-Hans',
        timeZone,
        report: JSON.parse(teamRow.content) as TeamReport,
        narrative: teamRow.narrative,
        writtenBy: teamRow.writtenBy,
      }),
    );
    expect(team).toContain('新客户: 蓝海科技');
    expect(team).toContain('⚠ 华为技术有限公司（张伟）');
    expect(team).not.toContain('不良客户');
    const repRow = await t.db.report.findUniqueOrThrow({ where: { key: 'rep:old' } });
    const rep = cardText(
      dailyReportCard({ locale: 'zh-Hans', timeZone, report: JSON.parse(repRow.content) as RepReport }),
    );
    expect(rep).toMatch(/华为技术有限公司 · 拜访 · /);
    expect(rep).not.toContain('不良客户');
  });
});
