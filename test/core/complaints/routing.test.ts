import { describe, expect, it } from 'vitest';
import { writeSetting } from '../../../src/db/settings.ts';
import { cardText } from '../../helpers/bot.ts';
import { setupComplaints, text } from './complaint-helpers.ts';

describe('routing a new complaint', () => {
  it('tells the owner at once with the complaint card and its buttons', async () => {
    const { file, pushesFor } = await setupComplaints();
    const { id } = await file('zhang', '投诉 华为 设备故障，很紧急');
    const pushed = await pushesFor('赵客服', 'complaint_assigned');
    expect(pushed).toHaveLength(1);
    expect(pushed[0]!.title).toBe(`客诉 #${id} 分配给你：华为技术有限公司`);
    expect(pushed[0]!.buttons.map((b) => b.label)).toEqual(['受理', '解决', '转派', '升级']);
    expect(pushed[0]!.footer).toBe('张伟 于 11月23日周一 10:00 登记');
  });

  it.each([
    ['category', '添加客诉规则 类别=质量 处理人=钱客服', '投诉 华为 设备故障', '投诉 华为 发货太慢'],
    ['region', '添加客诉规则 地区=深圳 处理人=钱客服', '投诉 华为 发货太慢', '投诉 海尔 发货太慢'],
    ['customer grade', '添加客诉规则 等级=A 处理人=钱客服', '投诉 华为 发货太慢', '投诉 海尔 发货太慢'],
    ["customer's owner", '添加客诉规则 客户负责人=李娜 处理人=钱客服', '投诉 台积电 发货太慢', ''],
  ])(
    'sends a complaint matching a %s rule to the person it names, and others elsewhere',
    async (_, rule, hit, miss) => {
      const { say, file, addPerson, complaint, id } = await setupComplaints();
      await addPerson('qian', { name: '钱客服', role: 'service' });
      expect(text(await say('admin', rule))).toContain('→ 钱客服');
      const reporter = hit.includes('台积电') ? 'li' : 'zhang';
      const matched = await file(reporter, hit);
      expect(text(matched.reply)).toContain('处理人: 钱客服');
      expect((await complaint(matched.id)).ownerId).toBe(await id('钱客服'));
      if (miss) {
        const other = await file('zhang', miss);
        expect((await complaint(other.id)).ownerId).toBe(await id('赵客服'));
      }
    },
  );

  it('takes the first matching rule by position', async () => {
    const { say, file, addPerson, complaint, id } = await setupComplaints();
    await addPerson('qian', { name: '钱客服', role: 'service' });
    await say('admin', '添加客诉规则 地区=深圳 处理人=钱客服');
    await say('admin', '添加客诉规则 类别=质量 处理人=赵客服 位置=1');
    const { id: complaintId } = await file('zhang', '投诉 华为 设备故障');
    expect((await complaint(complaintId)).ownerId).toBe(await id('赵客服'));
  });

  it('shares a team rule round robin among its service staff, remembering the last one', async () => {
    const { db, say, file, addPerson, complaint, id } = await setupComplaints();
    const afterSales = await db.team.create({ data: { name: '售后' } });
    await addPerson('qian', { name: '钱客服', role: 'service', teamId: afterSales.id });
    await addPerson('sun', { name: '孙客服', role: 'service', teamId: afterSales.id });
    await addPerson('zhou', { name: '周销售', role: 'rep', teamId: afterSales.id });
    const listed = await say('admin', 'add routing rule category=delivery team=售后 strategy=round_robin');
    expect(text(listed)).toContain('category=Delivery → team 售后 (round robin)');

    const owners = [];
    for (const customer of ['华为', '招商银行', '大疆']) {
      const { id: complaintId } = await file('zhang', `投诉 ${customer} 发货延迟`);
      owners.push((await complaint(complaintId)).ownerId);
    }
    const [qian, sun] = [await id('钱客服'), await id('孙客服')];
    expect(owners).toEqual([qian, sun, qian]);
    // A quality complaint is not the team's: it goes to the rest of service as before.
    const { id: quality } = await file('zhang', '投诉 华为 设备故障');
    expect((await complaint(quality)).ownerId).toBe(await id('赵客服'));
  });

  it('gives a least-loaded team rule to the member with the fewest open complaints', async () => {
    const { db, say, file, addPerson, complaint, id } = await setupComplaints();
    const afterSales = await db.team.create({ data: { name: '售后' } });
    await addPerson('qian', { name: '钱客服', role: 'service', teamId: afterSales.id });
    await addPerson('sun', { name: '孙客服', role: 'service', teamId: afterSales.id });
    await say('admin', '添加客诉规则 团队=售后 方式=最少');
    const first = await file('zhang', '投诉 华为 发货延迟');
    const second = await file('zhang', '投诉 招商银行 发货延迟');
    expect((await complaint(first.id)).ownerId).toBe(await id('钱客服'));
    expect((await complaint(second.id)).ownerId).toBe(await id('孙客服'));
  });

  it('falls back to the default owner when no rule matches, and to the least loaded when it is unset', async () => {
    const { db, say, file, addPerson, complaint, id } = await setupComplaints();
    await addPerson('qian', { name: '钱客服', role: 'service' });
    await say('admin', '添加客诉规则 类别=账务 处理人=赵客服');
    expect(text(await say('admin', '设置默认处理人 钱客服'))).toContain('默认处理人 钱客服');
    const routed = await file('zhang', '投诉 华为 发货延迟');
    expect((await complaint(routed.id)).ownerId).toBe(await id('钱客服'));

    await writeSetting(db, 'complaints.default_owner', null, await id('管理员'));
    // 钱客服 now has one open complaint and 赵客服 none.
    const leastLoaded = await file('zhang', '投诉 招商银行 发货延迟');
    expect((await complaint(leastLoaded.id)).ownerId).toBe(await id('赵客服'));
  });

  it('records why the owner was chosen in the audit log', async () => {
    const { db, say, file } = await setupComplaints();
    await say('admin', '添加客诉规则 类别=质量 处理人=赵客服');
    const { id: complaintId } = await file('zhang', '投诉 华为 设备故障');
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entity: 'complaint', entityId: complaintId },
    });
    expect(JSON.parse(audit.data!).routedBy).toMatchObject({ kind: 'rule' });
  });

  it('shows the profile with open complaints and their timeline', async () => {
    const { say, file, press } = await setupComplaints();
    const { card } = await file('zhang', '投诉 华为 设备故障');
    await press('service', card.buttons.find((b) => b.action === 'complaint.accept')!);
    const profile = await say('zhang', '查一下 华为技术');
    const shown = cardText(profile.cards[0]!);
    expect(shown).toMatch(/#\d+ \[一般\] 处理中 设备故障/);
    expect(shown).toContain('11/23 登记 张伟 → 11/23 受理 赵客服');
  });
});
