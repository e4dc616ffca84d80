import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { checkComplaintDeadlines } from '../../src/jobs/complaint-deadlines.ts';
import { slotOf } from '../../src/jobs/scheduler.ts';
import { setupComplaints } from '../core/complaints/complaint-helpers.ts';
import { button, fixedNow, timeZone } from '../helpers/bot.ts';

const minute = 60_000;

/**
 * 赵客服 reports to 王经理, who reports to 刘总监. A high complaint filed at 10:00 must be acknowledged
 * by 12:00 and resolved by 10:00 the next day.
 */
async function setup() {
  const complaints = await setupComplaints();
  const { db, addPerson, id } = complaints;
  const director = await addPerson('director', { name: '刘总监', role: 'manager' });
  await db.person.update({ where: { id: await id('赵客服') }, data: { managerId: await id('王经理') } });
  await db.person.update({ where: { id: await id('王经理') }, data: { managerId: director } });
  let clock = fixedNow;
  const deps = { db, logger: pino({ level: 'silent' }), now: () => clock, timeZone };
  const at = (ms: number) => {
    clock = new Date(fixedNow.getTime() + ms);
    complaints.setNow(clock);
    return slotOf(clock);
  };
  const check = (ms: number) => checkComplaintDeadlines(deps, at(ms));
  return { ...complaints, deps, at, check };
}

describe('the complaint deadline check', () => {
  it('escalates a missed acknowledgement to the manager, a missed resolution one level up, each once', async () => {
    const { file, check, complaint, pushesFor } = await setup();
    const { id } = await file('zhang', '投诉 华为 设备故障，很紧急');

    expect(await check(119 * minute)).toEqual({ ran: true, done: 0, failed: 0 });
    expect((await complaint(id)).escalationLevel).toBe(0);

    await check(120 * minute);
    expect((await complaint(id)).escalationLevel).toBe(1);
    const toManager = await pushesFor('王经理', 'complaint_escalated');
    expect(toManager.map((card) => card.title)).toEqual([`客诉 #${id} 已升级（1 级）：华为技术有限公司`]);
    expect(toManager[0]!.footer).toBe('系统于 11月23日周一 12:00 自动升级（响应超时）');

    // Later checks before the resolve deadline send nothing more.
    await check(180 * minute);
    await check(600 * minute);
    expect(await pushesFor('王经理', 'complaint_escalated')).toHaveLength(1);
    expect(await pushesFor('刘总监', 'complaint_escalated')).toHaveLength(0);

    await check(24 * 60 * minute);
    const row = await complaint(id);
    expect(row.escalationLevel).toBe(2);
    expect((await pushesFor('刘总监', 'complaint_escalated'))[0]!.footer).toBe(
      '系统于 11月24日周二 10:00 自动升级（解决超时）',
    );
    await check(48 * 60 * minute);
    expect(await pushesFor('刘总监', 'complaint_escalated')).toHaveLength(1);
    expect(row.events.filter((event) => event.action === 'escalated').map((event) => event.note)).toEqual([
      'L1 → 王经理 (acknowledge_missed)',
      'L2 → 刘总监 (resolve_missed)',
    ]);
  });

  it('runs a slot once, however many processes call it', async () => {
    const { file, deps, at, complaint, db } = await setup();
    const { id } = await file('zhang', '投诉 华为 设备故障，很紧急');
    const slot = at(3 * 60 * minute);
    const [first, second] = await Promise.all([
      checkComplaintDeadlines(deps, slot),
      checkComplaintDeadlines(deps, slot),
    ]);
    expect([first, second]).toContainEqual({ ran: false, reason: 'taken' });
    expect(await checkComplaintDeadlines(deps, slot)).toEqual({ ran: false, reason: 'taken' });
    expect((await complaint(id)).escalationLevel).toBe(1);
    expect(await db.push.count({ where: { kind: 'complaint_escalated' } })).toBe(1);
  });

  it('does not escalate twice when two slots race over the same complaint', async () => {
    const { file, deps, at, complaint, db } = await setup();
    const { id } = await file('zhang', '投诉 华为 设备故障，很紧急');
    at(3 * 60 * minute);
    await Promise.all([
      checkComplaintDeadlines(deps, '2026-11-23T05:00:00.000Z'),
      checkComplaintDeadlines(deps, '2026-11-23T05:05:00.000Z'),
    ]);
    expect((await complaint(id)).events.filter((event) => event.action === 'escalated')).toHaveLength(1);
    expect(await db.push.count({ where: { kind: 'complaint_escalated' } })).toBe(1);
  });

  it('leaves a complaint alone once it is accepted in time, and after a manual escalation', async () => {
    const { file, press, check, complaint, pushesFor } = await setup();
    const accepted = await file('zhang', '投诉 华为 设备故障，很紧急');
    await press('service', button(accepted.card, 'complaint.accept'));
    const escalated = await file('zhang', '投诉 招商银行 系统故障，很紧急');
    await press('zhang', button(escalated.card, 'complaint.escalate'));

    await check(3 * 60 * minute);
    expect((await complaint(accepted.id)).escalationLevel).toBe(0);
    expect((await complaint(escalated.id)).escalationLevel).toBe(1);
    expect(await pushesFor('王经理', 'complaint_escalated')).toHaveLength(1);
  });

  it('goes to an admin when the owner has no manager', async () => {
    const { db, file, check, pushesFor, id } = await setup();
    await db.person.update({ where: { id: await id('赵客服') }, data: { managerId: null } });
    const { id: complaintId } = await file('zhang', '投诉 华为 设备故障，很紧急');
    await check(3 * 60 * minute);
    expect((await pushesFor('管理员', 'complaint_escalated')).map((card) => card.title)).toEqual([
      `客诉 #${complaintId} 已升级（1 级）：华为技术有限公司`,
    ]);
  });

  it('escalates a reopened complaint again in its new round', async () => {
    const { file, press, say, check, pushesFor } = await setup();
    const { card, id } = await file('zhang', '投诉 华为 设备故障，很紧急');
    await check(3 * 60 * minute);
    await press('service', button(card, 'complaint.resolve'), { resolution: '重启了' });
    await say('zhang', `满意度 #${id} 不满意`);
    await check(6 * 60 * minute);
    expect(await pushesFor('王经理', 'complaint_escalated')).toHaveLength(2);
  });
});
