import { describe, expect, it } from 'vitest';
import { button } from '../../helpers/bot.ts';
import { setupComplaints, text, title } from './complaint-helpers.ts';

const minute = 60_000;

describe('the complaint card', () => {
  it('accept, then resolve: each press replaces the card with the new state, who and when', async () => {
    const { file, press, setNow, complaint, db } = await setupComplaints();
    const { card, id } = await file('zhang', '投诉 华为 设备故障，很紧急');
    setNow(new Date(Date.parse('2026-11-23T10:05:00+08:00')));
    const accepted = await press('service', button(card, 'complaint.accept'));
    expect(accepted.replaceOriginal).toBe(true);
    expect(title(accepted)).toBe(`客诉 #${id} 已受理：华为技术有限公司`);
    expect(text(accepted)).toContain('状态: 处理中');
    expect(accepted.cards[0]!.footer).toBe('赵客服 于 11月23日周一 10:05 受理');
    expect(accepted.cards[0]!.buttons.map((b) => b.label)).toEqual(['解决', '转派', '升级']);

    setNow(new Date(Date.parse('2026-11-23T10:05:00+08:00') + 60 * minute));
    const resolved = await press('service', button(accepted.cards[0], 'complaint.resolve'), {
      resolution: '更换了主板，客户确认恢复',
    });
    expect(title(resolved)).toBe(`客诉 #${id} 已解决：华为技术有限公司`);
    expect(text(resolved)).toContain('处理结果: 更换了主板，客户确认恢复');
    expect(resolved.cards[0]!.footer).toBe('赵客服 于 11月23日周一 11:05 解决');

    const row = await complaint(id);
    expect(row).toMatchObject({ status: 'resolved', resolution: '更换了主板，客户确认恢复' });
    expect(row.acknowledgedAt?.toISOString()).toBe('2026-11-23T02:05:00.000Z');
    expect(row.events.map((event) => event.action)).toEqual(['filed', 'acknowledged', 'resolved']);
    const audit = await db.auditLog.findMany({
      where: { entity: 'complaint', entityId: id },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      'complaint.filed',
      'complaint.acknowledged',
      'complaint.resolved',
    ]);
  });

  it('refuses a resolution without text and changes nothing', async () => {
    const { file, press, complaint } = await setupComplaints();
    const { card, id } = await file('zhang', '投诉 华为 设备故障');
    const reply = await press('service', button(card, 'complaint.resolve'), { resolution: '   ' });
    expect(title(reply)).toBe('请写下处理结果：怎么解决的，客户会被回访。');
    const row = await complaint(id);
    expect(row.status).toBe('open');
    expect(row.events).toHaveLength(1);
  });

  it('lets only the owner accept or resolve', async () => {
    const { file, press, complaint } = await setupComplaints();
    const { card, id } = await file('zhang', '投诉 华为 设备故障');
    expect(title(await press('zhang', button(card, 'complaint.accept')))).toBe(
      `只有处理人赵客服可以受理客诉 #${id}。`,
    );
    expect(title(await press('admin', button(card, 'complaint.resolve'), { resolution: '好了' }))).toBe(
      `只有处理人赵客服可以解决客诉 #${id}。`,
    );
    expect((await complaint(id)).status).toBe('open');
  });

  it('says so when a stale card is pressed again', async () => {
    const { file, press } = await setupComplaints();
    const { card, id } = await file('zhang', '投诉 华为 设备故障');
    await press('service', button(card, 'complaint.accept'));
    expect(title(await press('service', button(card, 'complaint.accept')))).toBe(`客诉 #${id} 已经受理了。`);
  });
});

describe('reassigning', () => {
  it.each([
    ['the owner', 'service'],
    ["the owner's manager", 'manager'],
    ['an admin', 'admin'],
  ])('%s may reassign; the new owner is told', async (_, who) => {
    const { db, file, press, addPerson, complaint, id, pushesFor } = await setupComplaints();
    await db.person.update({ where: { id: await id('赵客服') }, data: { managerId: await id('王经理') } });
    await addPerson('qian', { name: '钱客服', role: 'service' });
    const { card, id: complaintId } = await file('zhang', '投诉 华为 设备故障');
    const reply = await press(who, button(card, 'complaint.reassign'), { person: '钱客服' });
    expect(reply.replaceOriginal).toBe(true);
    expect(title(reply)).toBe(`客诉 #${complaintId} 已转派给 钱客服：华为技术有限公司`);
    expect(text(reply)).toContain('处理人: 钱客服');
    const row = await complaint(complaintId);
    expect(row.ownerId).toBe(await id('钱客服'));
    expect(row.events.at(-1)).toMatchObject({ action: 'reassigned', note: '赵客服 → 钱客服' });
    const pushed = await pushesFor('钱客服', 'complaint_assigned');
    expect(pushed.map((c) => c.title)).toEqual([`客诉 #${complaintId} 已转派给 钱客服：华为技术有限公司`]);
  });

  it.each([
    ['the reporting rep', 'zhang'],
    ['another rep', 'li'],
    ['a manager who is not the owner’s', 'manager'],
  ])('%s may not; nothing changes', async (_, who) => {
    const { file, press, addPerson, complaint, id } = await setupComplaints();
    await addPerson('qian', { name: '钱客服', role: 'service' });
    const { card, id: complaintId } = await file('zhang', '投诉 华为 设备故障');
    const reply = await press(who, button(card, 'complaint.reassign'), { person: '钱客服' });
    expect(title(reply)).toBe(`只有处理人、处理人的经理或管理员可以转派客诉 #${complaintId}。`);
    const row = await complaint(complaintId);
    expect(row.ownerId).toBe(await id('赵客服'));
    expect(row.events).toHaveLength(1);
  });

  it('refuses someone unknown, and the current owner, and stores nothing', async () => {
    const { db, file, press, complaint } = await setupComplaints();
    const { card, id } = await file('zhang', '投诉 华为 设备故障');
    expect(title(await press('service', button(card, 'complaint.reassign'), { person: '不存在的人' }))).toBe(
      '没有叫「不存在的人」的同事，请检查姓名。',
    );
    expect(title(await press('service', button(card, 'complaint.reassign'), { person: '赵客服' }))).toBe(
      `客诉 #${id} 已经由赵客服处理了。`,
    );
    expect((await complaint(id)).events).toHaveLength(1);
    expect(await db.push.count({ where: { kind: 'complaint_assigned' } })).toBe(1);
  });

  it('finds a name regardless of case, and speaks to each person in their language', async () => {
    const { file, press, complaint, id, pushesFor } = await setupComplaints();
    const { card, id: complaintId } = await file('tom', 'complaint for Globex: delivery is two weeks late');
    expect(card.buttons.map((b) => b.label)).toEqual(['Accept', 'Resolve', 'Reassign', 'Escalate']);
    const reply = await press('admin', button(card, 'complaint.reassign'), { person: 'tom chen' });
    expect((await pushesFor('Tom Chen', 'complaint_assigned'))[0]!.title).toBe(
      `Complaint #${complaintId} reassigned to Tom Chen: Globex Corporation`,
    );
    expect((await complaint(complaintId)).ownerId).toBe(await id('Tom Chen'));
    expect(title(reply)).toBe(`客诉 #${complaintId} 已转派给 Tom Chen：Globex Corporation`);
  });
});

describe('escalating by hand', () => {
  it('the reporter escalates to the owner’s manager, then one level up, then no further', async () => {
    const { db, file, press, addPerson, complaint, id, pushesFor } = await setupComplaints();
    const director = await addPerson('director', { name: '刘总监', role: 'manager' });
    await db.person.update({ where: { id: await id('赵客服') }, data: { managerId: await id('王经理') } });
    await db.person.update({ where: { id: await id('王经理') }, data: { managerId: director } });
    const { card, id: complaintId } = await file('zhang', '投诉 华为 设备故障');

    const first = await press('zhang', button(card, 'complaint.escalate'));
    expect(title(first)).toBe(`客诉 #${complaintId} 已升级（1 级）：华为技术有限公司`);
    expect(first.cards[0]!.footer).toBe('张伟 于 11月23日周一 10:00 升级（手动升级）');
    expect((await pushesFor('王经理', 'complaint_escalated')).map((c) => c.title)).toEqual([
      `客诉 #${complaintId} 已升级（1 级）：华为技术有限公司`,
    ]);

    const second = await press('service', button(first.cards[0], 'complaint.escalate'));
    expect(second.cards[0]!.buttons.map((b) => b.action)).not.toContain('complaint.escalate');
    expect(await pushesFor('刘总监', 'complaint_escalated')).toHaveLength(1);
    expect(title(await press('zhang', button(first.cards[0], 'complaint.escalate')))).toBe(
      `客诉 #${complaintId} 已经升级到最高级（2 级）。`,
    );
    expect((await complaint(complaintId)).escalationLevel).toBe(2);
  });

  it('refuses anyone but the owner or the reporter', async () => {
    const { file, press, complaint } = await setupComplaints();
    const { card, id } = await file('zhang', '投诉 华为 设备故障');
    expect(title(await press('li', button(card, 'complaint.escalate')))).toBe(
      `只有处理人或提交人可以升级客诉 #${id}。`,
    );
    expect((await complaint(id)).escalationLevel).toBe(0);
  });
});
