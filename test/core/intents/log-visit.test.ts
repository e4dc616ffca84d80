import { describe, expect, it } from 'vitest';
import { addHuaweiLookalike, button, cardText, createTestBot, personId } from '../../helpers/bot.ts';

describe('logging a visit', () => {
  it("files the visit against the rep's own 华为, reuses the contact and schedules next Tuesday", async () => {
    const { db, say } = await createTestBot();
    const reply = await say('zhang', '记录拜访 华为 今天和张总聊了报价，下周二跟进');
    const card = reply.cards[0]!;
    expect(card.title).toBe('已记录拜访：华为技术有限公司');
    expect(cardText(card)).toContain('张总');
    const visit = await db.visit.findFirstOrThrow({
      where: { originalText: '记录拜访 华为 今天和张总聊了报价，下周二跟进' },
      include: { contacts: { include: { contact: true } }, followUps: true, customer: true },
    });
    expect(visit.customer.name).toBe('华为技术有限公司');
    expect(visit.authorId).toBe(await personId(db, '张伟'));
    expect(visit.contacts.map((c) => c.contact.name)).toEqual(['张总']);
    expect(await db.contact.count({ where: { customerId: visit.customerId, name: '张总' } })).toBe(1);
    expect(visit.followUps).toHaveLength(1);
    expect(visit.followUps[0]!.dueAt.toISOString()).toBe('2026-12-01T01:00:00.000Z');
    expect(visit.customer.lastContactAt?.toISOString()).toBe('2026-11-23T02:00:00.000Z');
    const audit = await db.auditLog.findMany({
      where: { source: { startsWith: 'console:' } },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      'visit.logged',
      'follow_up.created',
      'minutes.drafted',
    ]);
    expect(audit[0]!.parser).toBe('rules');
  });

  it('logs an English visit with the existing CTO contact and the follow-up, not the quote deadline', async () => {
    const { db, say } = await createTestBot();
    const reply = await say(
      'tom',
      'log visit with Acme Corp: met CTO Zhang, they want a quote by Friday, follow up next Tuesday',
    );
    expect(reply.cards[0]!.title).toBe('Visit logged: Acme Corp');
    const visit = await db.visit.findFirstOrThrow({
      where: { customer: { name: 'Acme Corp' }, originalText: { startsWith: 'log visit' } },
      include: { followUps: true, contacts: { include: { contact: true } } },
    });
    expect(visit.contacts.map((c) => c.contact.title)).toEqual(['CTO']);
    expect(visit.followUps[0]!.dueAt.toISOString()).toBe('2026-12-01T01:00:00.000Z');
    expect(visit.needs ?? '').toMatch(/quote/);
  });

  it("asks a manager which 华为 when two of the team's customers match, and writes nothing until answered", async () => {
    const { db, say, press } = await createTestBot();
    await addHuaweiLookalike(db);
    const before = await db.visit.count();
    const question = await say('manager', '记录拜访 华为 和刘工开会，下周三跟进');
    const card = question.cards[0]!;
    expect(card.title).toBe('请确认客户');
    expect(card.buttons.filter((b) => b.action === 'pending.choose_customer').map((b) => b.label)).toEqual(
      expect.arrayContaining(['华为技术有限公司', '华为科技有限公司']),
    );
    expect(await db.visit.count()).toBe(before);

    const chosen = card.buttons.find((b) => b.label === '华为科技有限公司')!;
    const logged = await press('manager', chosen);
    expect(logged.replaceOriginal).toBe(true);
    expect(logged.cards[0]!.title).toBe('已记录会议：华为科技有限公司');
    expect(await db.visit.count()).toBe(before + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'visit.logged' } });
    expect(audit.confirmedBy).toBe(await personId(db, '王经理'));

    const again = await press('manager', chosen);
    expect(cardText(again.cards[0]!)).toContain('已经回答过了');
    expect(await db.visit.count()).toBe(before + 1);
  });

  it('offers to create an unknown customer and creates it only when asked', async () => {
    const { db, say, press } = await createTestBot();
    const question = await say('zhang', '记录拜访 新希望六和 今天见了采购部王主任');
    expect(question.cards[0]!.title).toBe('请确认客户');
    expect(await db.customer.count({ where: { name: '新希望六和' } })).toBe(0);
    const logged = await press('zhang', button(question.cards[0], 'pending.create_customer'));
    expect(cardText(logged.cards[0]!)).toContain('新希望六和（新建）');
    const customer = await db.customer.findFirstOrThrow({ where: { name: '新希望六和' } });
    expect(customer.ownerId).toBe(await personId(db, '张伟'));
  });

  it('cancelling the question saves nothing', async () => {
    const { db, say, press } = await createTestBot();
    const before = await db.visit.count();
    const question = await say('zhang', '记录拜访 新希望六和 今天见了王主任');
    const cancelled = await press('zhang', button(question.cards[0], 'pending.cancel'));
    expect(cardText(cancelled.cards[0]!)).toContain('什么都没保存');
    expect(await db.visit.count()).toBe(before);
    expect(await db.customer.count({ where: { name: '新希望六和' } })).toBe(0);
  });

  it('questions a follow-up date in the past and uses the date given in answer', async () => {
    const { db, say, press } = await createTestBot();
    const question = await say('zhang', '记录拜访 招商银行 和李经理聊了演示，上周五跟进');
    expect(question.cards[0]!.title).toBe('请确认跟进日期');
    expect(cardText(question.cards[0]!)).toContain('已经过去');
    const bad = await press('zhang', button(question.cards[0], 'pending.set_date'), { date: 'someday' });
    expect(cardText(bad.cards[0]!)).toContain('看不懂日期');
    const logged = await press('zhang', button(question.cards[0], 'pending.set_date'), {
      date: '2026-12-10',
    });
    expect(logged.cards[0]!.title).toBe('已记录拜访：招商银行股份有限公司');
    const followUp = await db.followUp.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(followUp.dueAt.toISOString()).toBe('2026-12-10T01:00:00.000Z');
  });

  it('asks for the date when a follow-up is mentioned without one, and can save without it', async () => {
    const { db, say, press } = await createTestBot();
    const followUps = await db.followUp.count();
    const question = await say('zhang', '记录拜访 招商银行 聊了预算，改天再跟进');
    expect(question.cards[0]!.title).toBe('请确认跟进日期');
    const logged = await press('zhang', button(question.cards[0], 'pending.skip_follow_up'));
    expect(cardText(logged.cards[0]!)).toContain('跟进: 无');
    expect(await db.followUp.count()).toBe(followUps);
  });

  it("refuses a rep logging a visit on a colleague's customer", async () => {
    const { db, say } = await createTestBot();
    const before = await db.visit.count();
    const reply = await say('zhang', '记录拜访 台積電 陳經理，下週三再聯繫');
    expect(cardText(reply.cards[0]!)).toContain('李娜');
    expect(await db.visit.count()).toBe(before);
  });

  it('logs a traditional-Chinese call for the owner', async () => {
    const { db, say } = await createTestBot();
    const reply = await say('li', '電話拜訪 台積電 陳經理，下週三再聯繫');
    expect(reply.cards[0]!.title).toBe('已记录电话：台積電股份有限公司');
    const visit = await db.visit.findFirstOrThrow({ where: { kind: 'call' }, include: { followUps: true } });
    expect(visit.followUps[0]!.dueAt.toISOString()).toBe('2026-12-02T01:00:00.000Z');
  });

  it('does not let service staff log visits', async () => {
    const { db, say } = await createTestBot();
    const before = await db.visit.count();
    const reply = await say('service', '记录拜访 苏州汇川 今天见了客户');
    expect(cardText(reply.cards[0]!)).toContain('客服同事不能记录拜访');
    expect(await db.visit.count()).toBe(before);
  });

  it('undoes a visit, its follow-up and the customer the same message created', async () => {
    const { db, say, press } = await createTestBot();
    const question = await say('zhang', '记录拜访 新希望六和 今天见了王主任，明天跟进');
    const logged = await press('zhang', button(question.cards[0], 'pending.create_customer'));
    const undone = await press('zhang', button(logged.cards[0], 'visit.undo'));
    expect(undone.replaceOriginal).toBe(true);
    expect(undone.cards[0]!.title).toBe('已撤销拜访：新希望六和');
    expect(undone.cards[0]!.footer).toContain('张伟');
    expect(await db.customer.count({ where: { name: '新希望六和' } })).toBe(0);
    expect(await db.followUp.count({ where: { title: { contains: '新希望' } } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: 'visit.undone' } })).toBe(1);
  });

  it('lets only the author or their manager undo', async () => {
    const { db, say, press } = await createTestBot();
    const logged = await say('zhang', '记录拜访 招商银行 今天和李经理聊了演示');
    const undo = button(logged.cards[0], 'visit.undo');
    const refused = await press('li', undo);
    expect(cardText(refused.cards[0]!)).toContain('只有记录人或其主管');
    const visits = await db.visit.count();
    const byManager = await press('manager', undo);
    expect(byManager.cards[0]!.title).toContain('已撤销');
    expect(await db.visit.count()).toBe(visits - 1);
  });

  it('edits a visit from its card and moves the follow-up', async () => {
    const { db, say, press } = await createTestBot();
    const logged = await say('zhang', '记录拜访 招商银行 今天和李经理聊了演示，明天跟进');
    const edit = button(logged.cards[0], 'visit.edit');
    const rejected = await press('zhang', edit, { summary: '  ', followUpDate: '2026-12-03' });
    expect(cardText(rejected.cards[0]!)).toContain('纪要不能为空');
    const edited = await press('zhang', edit, {
      summary: '演示约在下周四',
      nextStep: '准备演示环境',
      followUpDate: '2026-12-03',
    });
    expect(edited.replaceOriginal).toBe(true);
    expect(edited.cards[0]!.title).toBe('已更新拜访：招商银行股份有限公司');
    const visitId = Number(edit.payload.visitId);
    const visit = await db.visit.findUniqueOrThrow({ where: { id: visitId }, include: { followUps: true } });
    expect(visit.summary).toBe('演示约在下周四');
    expect(visit.followUps[0]!.dueAt.toISOString()).toBe('2026-12-03T01:00:00.000Z');
  });
});
