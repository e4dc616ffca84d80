import { describe, expect, it } from 'vitest';
import { button } from '../../helpers/bot.ts';
import { setupComplaints, text, title } from './complaint-helpers.ts';

/** A complaint filed by 张伟, owned by 赵客服 (whose manager is 王经理), resolved. */
async function resolvedComplaint() {
  const setup = await setupComplaints();
  const { db, file, press, id } = setup;
  await db.person.update({ where: { id: await id('赵客服') }, data: { managerId: await id('王经理') } });
  const { card, id: complaintId } = await file('zhang', '投诉 华为 设备故障，很紧急');
  await press('service', button(card, 'complaint.resolve'), { resolution: '更换了主板' });
  return { ...setup, complaintId };
}

describe('customer satisfaction', () => {
  it('asks the reporter with the five levels once the complaint is resolved', async () => {
    const { complaintId, pushesFor } = await resolvedComplaint();
    const pushed = await pushesFor('张伟', 'complaint_resolved');
    expect(pushed).toHaveLength(1);
    expect(pushed[0]!.title).toBe(`客诉 #${complaintId} 已解决：华为技术有限公司`);
    expect(pushed[0]!.buttons.map((b) => b.label)).toEqual([
      '满意',
      '比较满意',
      '基本满意',
      '不太满意',
      '不满意',
    ]);
  });

  it('a good level from the card closes the complaint in one tap', async () => {
    const { complaintId, press, pushesFor, complaint } = await resolvedComplaint();
    const card = (await pushesFor('张伟', 'complaint_resolved'))[0]!;
    expect(card.buttons.map((b) => (b.inputs ?? []).map((input) => input.id))).toEqual([
      [],
      [],
      [],
      ['comment'],
      ['comment'],
    ]);
    const reply = await press('zhang', button(card, 'complaint.rate', 1));
    expect(reply.replaceOriginal).toBe(true);
    expect(title(reply)).toBe(`客诉 #${complaintId} 已关闭：华为技术有限公司`);
    expect(text(reply)).toContain('客户满意度: 比较满意');
    expect(reply.cards[0]!.buttons).toEqual([]);
    const row = await complaint(complaintId);
    expect(row).toMatchObject({ status: 'closed', satisfaction: '比较满意', satisfactionComment: null });
    expect(row.events.at(-1)).toMatchObject({ action: 'closed', note: '比较满意' });
  });

  it('a low level from the card carries the customer’s words to the manager', async () => {
    const { complaintId, press, pushesFor, complaint } = await resolvedComplaint();
    const card = (await pushesFor('张伟', 'complaint_resolved'))[0]!;
    const reply = await press('zhang', button(card, 'complaint.rate', 3), { comment: '还是经常死机' });
    expect(text(reply)).toContain('客户满意度: 不太满意（还是经常死机）');
    expect(await complaint(complaintId)).toMatchObject({
      status: 'open',
      satisfactionComment: '还是经常死机',
    });
    const review = (await pushesFor('王经理', 'complaint_reopened'))[0]!;
    expect(review.footer).toBe('张伟 于 11月23日周一 10:00 记录客户不满意，已交经理复核');
  });

  it('a low level in chat reopens it with fresh deadlines and asks the owner’s manager to review', async () => {
    const { complaintId, say, setNow, complaint, pushesFor, db } = await resolvedComplaint();
    setNow(new Date('2026-11-24T10:00:00+08:00'));
    const reply = await say('zhang', `满意度 #${complaintId} 不满意 客户说故障又出现了`);
    expect(reply.replaceOriginal).toBe(false);
    expect(title(reply)).toBe(`客诉 #${complaintId} 已重新打开：华为技术有限公司`);
    const row = await complaint(complaintId);
    expect(row).toMatchObject({
      status: 'open',
      satisfaction: '不满意',
      satisfactionComment: '客户说故障又出现了',
      escalationLevel: 0,
      acknowledgedAt: null,
    });
    // High severity again from the reopening: 2 h to acknowledge, 24 h to resolve.
    expect(row.ackDueAt.toISOString()).toBe('2026-11-24T04:00:00.000Z');
    expect(row.events.map((event) => event.action)).toEqual(['filed', 'resolved', 'reopened']);
    const review = await pushesFor('王经理', 'complaint_reopened');
    expect(review.map((card) => card.title)).toEqual([`客诉 #${complaintId} 已重新打开：华为技术有限公司`]);
    expect(await db.auditLog.count({ where: { action: 'complaint.reopened', entityId: complaintId } })).toBe(
      1,
    );
  });

  it('reads English levels and finds the only complaint waiting when no number is given', async () => {
    const { complaintId, say, complaint } = await resolvedComplaint();
    const reply = await say('zhang', 'satisfaction: not very satisfied - the engineer came late');
    expect(title(reply)).toBe(`Complaint #${complaintId} reopened: 华为技术有限公司`);
    expect(await complaint(complaintId)).toMatchObject({
      satisfaction: '不太满意',
      satisfactionComment: 'the engineer came late',
    });
  });

  it('lets only the reporter record it, and only once it is resolved', async () => {
    const { complaintId, say, press, file, pushesFor, complaint } = await resolvedComplaint();
    const card = (await pushesFor('张伟', 'complaint_resolved'))[0]!;
    expect(title(await press('service', button(card, 'complaint.rate')))).toBe(
      '只有提交客诉的张伟可以记录客户满意度。',
    );
    expect((await complaint(complaintId)).status).toBe('resolved');

    const open = await file('zhang', '投诉 招商银行 发票开错了');
    expect(title(await say('zhang', `满意度 #${open.id} 满意`))).toBe(
      `客诉 #${open.id} 还没有解决，解决后才能记录客户满意度。`,
    );
    await press('zhang', button(card, 'complaint.rate'));
    expect(title(await press('zhang', button(card, 'complaint.rate')))).toBe(
      `客诉 #${complaintId} 已经记录过满意度并关闭了。`,
    );
  });

  it('explains how to write it when the level is missing', async () => {
    const { complaintId, say, complaint } = await resolvedComplaint();
    expect(title(await say('zhang', `满意度 #${complaintId} 还行吧`))).toMatch(
      /^请这样写：「满意度 #12 比较满意/,
    );
    expect((await complaint(complaintId)).status).toBe('resolved');
  });
});
