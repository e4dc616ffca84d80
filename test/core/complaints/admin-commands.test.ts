import { describe, expect, it } from 'vitest';
import { setupComplaints, text, title } from './complaint-helpers.ts';

describe('admin commands', () => {
  it.each([
    ['客诉规则', '只有管理员可以查看和修改客诉分配规则、处理期限和关怀周期。'],
    ['添加客诉规则 类别=质量 处理人=赵客服', '只有管理员可以查看和修改客诉分配规则、处理期限和关怀周期。'],
    ['设置期限 紧急 2小时 24小时', '只有管理员可以查看和修改客诉分配规则、处理期限和关怀周期。'],
    [
      'set care cadence B 14',
      'Only admins can see and change complaint routing, deadlines and care cadences.',
    ],
  ])('refuse %s from anyone but an admin, and store nothing', async (command, refusal) => {
    const { db, say } = await setupComplaints();
    for (const who of ['zhang', 'manager', 'service'] as const)
      expect(title(await say(who, command))).toBe(refusal);
    expect(await db.routingRule.count()).toBe(0);
    expect(await db.setting.count()).toBe(0);
  });

  it('lists, adds, changes and deletes routing rules, in the order they are tried', async () => {
    const { db, say } = await setupComplaints();
    expect(text(await say('admin', '客诉规则'))).toContain('还没有规则。');
    const added = await say('admin', '添加客诉规则 类别=质量 地区=深圳 处理人=赵客服');
    expect(title(added)).toBe('已添加规则 #1');
    expect(text(added)).toContain('1. #1 类别=质量 地区=深圳 → 赵客服');
    await say('admin', '添加客诉规则 等级=A 处理人=赵客服');

    const changed = await say('admin', '修改客诉规则 #2 等级=B 位置=1');
    expect(title(changed)).toBe('已修改规则 #2');
    expect(text(changed)).toContain('1. #2 等级=B → 赵客服\n2. #1 类别=质量 地区=深圳 → 赵客服');

    const cleared = await say('admin', '修改客诉规则 #1 地区=无');
    expect(text(cleared)).toContain('2. #1 类别=质量 → 赵客服');

    const deleted = await say('admin', '删除客诉规则 #2');
    expect(text(deleted)).toContain('1. #1 类别=质量 → 赵客服');
    expect(await db.routingRule.findMany({ select: { id: true, position: true } })).toEqual([
      { id: 1, position: 1 },
    ]);
    expect(await db.auditLog.count({ where: { entity: 'routing_rule' } })).toBe(5);
  });

  it('answers in English when asked in English', async () => {
    const { say } = await setupComplaints();
    const reply = await say('admin', 'add routing rule category=billing owner=赵客服');
    expect(title(reply)).toBe('Rule #1 added');
    expect(text(reply)).toContain('1. #1 category=Billing → 赵客服');
    expect(title(await say('admin', 'list routing rules'))).toBe('Complaint routing rules');
  });

  it.each([
    ['添加客诉规则 类别=质量 处理人=不存在的人', '没有叫「不存在的人」的同事，请检查姓名。'],
    ['添加客诉规则 类别=质量 团队=售后', '没有叫「售后」的团队。现有团队：华东销售 East China Sales。'],
    ['添加客诉规则 类别=天气 处理人=赵客服', '没有「天气」这个类别，可选：质量、交付、服务、账务、其他。'],
    ['添加客诉规则 客户负责人=王五 处理人=赵客服', '没有叫「王五」的同事，请检查姓名。'],
    ['添加客诉规则 类别=质量', '规则要写明分给谁：处理人=赵客服，或 团队=售后。'],
    ['添加客诉规则 处理人=赵客服 团队=华东销售', '处理人和团队只能写一个。'],
    ['添加客诉规则 处理人=赵客服 方式=轮流', '分配方式只用于团队（团队=…）。'],
    ['修改客诉规则 #9 处理人=赵客服', '没有编号为 #9 的客诉规则。发「客诉规则」查看。'],
    ['add routing rule team=Nobody', 'There is no team called "Nobody". Teams: 华东销售 East China Sales.'],
  ])('refuses %s with a specific message and stores nothing', async (command, message) => {
    const { db, say } = await setupComplaints();
    expect(title(await say('admin', command))).toBe(message);
    expect(await db.routingRule.count()).toBe(0);
    expect(await db.auditLog.count({ where: { entity: 'routing_rule' } })).toBe(0);
  });

  it('refuses a team without service staff', async () => {
    const { db, say } = await setupComplaints();
    await db.team.create({ data: { name: '售后' } });
    expect(title(await say('admin', '添加客诉规则 团队=售后'))).toBe(
      '团队「售后」里没有客服人员，按团队分配时没有人可派。',
    );
    expect(await db.routingRule.count()).toBe(0);
  });

  it('sets a deadline that new complaints then get; filed ones keep theirs', async () => {
    const { say, file, complaint } = await setupComplaints();
    const before = await file('zhang', '投诉 华为 设备故障，很紧急');
    const reply = await say('admin', '设置期限 紧急 1小时 8小时');
    expect(title(reply)).toBe('已设置「紧急」客诉的期限');
    expect(text(reply)).toContain('- 紧急：1 小时内响应，8 小时内解决');
    expect(text(reply)).toContain('- 特急：30 分钟内响应，4 小时内解决');
    const after = await file('zhang', '投诉 招商银行 系统故障，很紧急');
    expect((await complaint(after.id)).ackDueAt.toISOString()).toBe('2026-11-23T03:00:00.000Z');
    expect((await complaint(after.id)).resolveDueAt.toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect((await complaint(before.id)).ackDueAt.toISOString()).toBe('2026-11-23T04:00:00.000Z');
    expect(text(await say('admin', 'deadlines'))).toContain(
      '- High: acknowledge within 1 h, resolve within 8 h',
    );
  });

  it('counts deadlines in working time once it is on, across the National Day holiday', async () => {
    const { say, file, complaint, setNow } = await setupComplaints();
    const reply = await say('admin', '设置工作时间 开');
    expect(title(reply)).toBe('期限改为按工作时间计算');
    expect(text(reply)).toContain('按工作时间计算：工作日 09:00–18:00，法定节假日休息，调休日上班。');
    // Filed at 17:00 on the eve of National Day 2026 (Oct 1–7 off; Saturday Oct 10 is worked).
    setNow(new Date('2026-09-30T17:00:00+08:00'));
    const { id } = await file('zhang', '投诉 华为 设备故障，很紧急');
    const row = await complaint(id);
    // 2 working hours: 1 on Sep 30, 1 on Thursday Oct 8.
    expect(row.ackDueAt.toISOString()).toBe('2026-10-08T02:00:00.000Z');
    // 24 working hours: 1 + 9 (Oct 8) + 9 (Oct 9) + 5 on the make-up Saturday Oct 10.
    expect(row.resolveDueAt.toISOString()).toBe('2026-10-10T06:00:00.000Z');
  });

  it('on the Monday–Friday calendar, works through National Day and says so', async () => {
    const { db, say, file, complaint, setNow } = await setupComplaints();
    await db.setting.create({ data: { key: 'calendar.working_days', value: '"weekdays"' } });
    const reply = await say('admin', '设置工作时间 开');
    expect(text(reply)).toContain('按工作时间计算：周一至周五 09:00–18:00。');
    setNow(new Date('2026-09-30T17:00:00+08:00'));
    const { id } = await file('zhang', '投诉 华为 设备故障，很紧急');
    // 2 working hours: 1 on Sep 30, 1 on Thursday Oct 1, a Chinese holiday worked like any day.
    expect((await complaint(id)).ackDueAt.toISOString()).toBe('2026-10-01T02:00:00.000Z');
  });

  it('counts working time across Spring Festival and its make-up Saturdays', async () => {
    const { say, file, complaint, setNow } = await setupComplaints();
    await say('admin', 'set working time 09:00-18:00');
    // Saturday Feb 14 2026 is a make-up working day; Feb 15–23 is the holiday.
    setNow(new Date('2026-02-14T17:00:00+08:00'));
    const { id } = await file('zhang', '投诉 华为 设备故障，特别紧急');
    const row = await complaint(id);
    expect(row.ackDueAt.toISOString()).toBe('2026-02-14T09:30:00.000Z');
    // 4 working hours: 1 on Feb 14, 3 on Tuesday Feb 24.
    expect(row.resolveDueAt.toISOString()).toBe('2026-02-24T04:00:00.000Z');
  });

  it('sets care cadences in the setting the care job reads', async () => {
    const { db, say } = await setupComplaints();
    expect(text(await say('admin', '关怀周期'))).toContain('- A 类客户：7 天没联系就提醒');
    const reply = await say('admin', '设置关怀周期 A 10');
    expect(title(reply)).toBe('已设置 A 类客户的关怀周期');
    await say('admin', 'set care cadence D 60');
    const row = await db.setting.findUniqueOrThrow({ where: { key: 'care.cadence_days' } });
    expect(JSON.parse(row.value)).toEqual({ A: 10, B: 14, C: 30, D: 60 });
  });

  it('lists the commands for admins', async () => {
    const { say } = await setupComplaints();
    expect(text(await say('admin', '管理命令'))).toContain('添加客诉规则 类别=质量 地区=深圳 处理人=赵客服');
    expect(title(await say('admin', 'admin help'))).toBe('Admin commands');
  });
});
