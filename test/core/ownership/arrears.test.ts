import { describe, expect, it } from 'vitest';
import { addHuaweiLookalike, cardText, createTestBot, personId } from '../../helpers/bot.ts';

const receivables = (db: Awaited<ReturnType<typeof createTestBot>>['db']) => db.receivable.findMany();

describe('recording arrears and payments by chat', () => {
  it('records 「华为技术 欠款 30万 到期 2025-06-01」 with its due day, by the rep, audited', async () => {
    const { db, say } = await createTestBot();
    const reply = await say('zhang', '华为技术 欠款 30万 到期 2025-06-01');
    expect(reply.cards[0]!.title).toBe('已记录欠款：华为技术有限公司');
    const text = cardText(reply.cards[0]!);
    expect(text).toContain('金额: ¥30万');
    expect(text).toContain('到期日: 2025-06-01');
    expect(text).toContain('未结欠款: ¥30万');
    expect(text).toContain('其中已逾期: ¥30万');
    const [row] = await receivables(db);
    expect(row).toMatchObject({
      amountCents: 30_000_000,
      paidCents: 0,
      paidOn: null,
      source: 'chat',
      recordedBy: await personId(db, '张伟'),
    });
    expect(
      await db.auditLog.count({ where: { action: 'receivable.recorded', entityId: row!.customerId } }),
    ).toBe(1);
  });

  it('understands "Acme owes 50k due 2025-06-01" and answers in English', async () => {
    const { db, say } = await createTestBot();
    const reply = await say('tom', 'Acme owes 50k due 2025-06-01');
    expect(reply.cards[0]!.title).toBe('Arrears recorded: Acme Corp');
    expect(cardText(reply.cards[0]!)).toContain('Amount: ¥50,000');
    expect((await receivables(db)).map((row) => row.amountCents)).toEqual([5_000_000]);
  });

  it.each([
    ['华为技术 欠款 到期 2025-06-01', '欠款金额是多少'],
    ['华为技术 欠款 30万', '哪天到期'],
    ['华为技术 欠款 30万 到期 2025-13-45', '看不懂到期日「2025-13-45」'],
    ['华为技术 欠款 30万 到期 明年某天', '看不懂到期日「明年某天」'],
    ['宇宙无敌科技 欠款 30万 到期 2025-06-01', '没有找到客户「宇宙无敌科技」'],
    ['台積電 欠款 30万 到期 2025-06-01', '由 李娜 负责'],
  ])('answers 「%s」 with what is wrong and writes nothing', async (text, answer) => {
    const { db, say } = await createTestBot();
    const customers = await db.customer.count();
    const reply = await say('zhang', text);
    expect(cardText(reply.cards[0]!)).toContain(answer);
    expect(await db.receivable.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: { startsWith: 'receivable.' } } })).toBe(0);
    expect(await db.customer.count()).toBe(customers);
  });

  it('answers bad English input specifically too', async () => {
    const { db, say } = await createTestBot();
    expect(cardText((await say('tom', 'Acme owes due 2025-06-01')).cards[0]!)).toContain('How much is owed?');
    expect(cardText((await say('tom', 'Acme owes 50k due someday')).cards[0]!)).toContain(
      'I cannot read the due date "someday"',
    );
    expect(cardText((await say('tom', 'Wonka Candy owes 50k due 2025-06-01')).cards[0]!)).toContain(
      'I cannot find a customer "Wonka Candy"',
    );
    expect(await db.receivable.count()).toBe(0);
  });

  it('settles the oldest arrears first with 「回款」 and says what is still owed', async () => {
    const { db, say } = await createTestBot();
    await say('zhang', '华为技术 欠款 30万 到期 2025-06-01');
    await say('zhang', '华为技术 欠款 20万 到期 2026-12-31');
    const reply = await say('zhang', '华为技术 回款 35万');
    expect(reply.cards[0]!.title).toBe('已记录回款：华为技术有限公司');
    const text = cardText(reply.cards[0]!);
    expect(text).toContain('金额: ¥35万');
    expect(text).toContain('未结欠款: ¥15万');
    expect(text).toContain('其中已逾期: ¥0');
    const rows = await db.receivable.findMany({ orderBy: { dueOn: 'asc' } });
    expect(rows.map((row) => [row.paidCents, row.paidOn !== null])).toEqual([
      [30_000_000, true],
      [5_000_000, false],
    ]);
    expect(await db.auditLog.count({ where: { action: 'receivable.paid' } })).toBe(1);
  });

  it('takes "Acme paid in full", and refuses a payment larger than what is owed or with nothing owed', async () => {
    const { db, say } = await createTestBot();
    const none = await say('tom', 'Acme paid 50k');
    expect(cardText(none.cards[0]!)).toContain('Acme Corp has no open arrears on record');
    await say('tom', 'Acme owes 50k due 2025-06-01');
    const tooMuch = await say('tom', 'Acme paid 80k');
    expect(cardText(tooMuch.cards[0]!)).toContain('Acme Corp owes only ¥50,000');
    expect((await db.receivable.findFirstOrThrow()).paidCents).toBe(0);
    const full = await say('tom', 'Acme paid in full');
    expect(cardText(full.cards[0]!)).toContain('Still owed: ¥0');
    expect((await db.receivable.findFirstOrThrow()).paidOn).not.toBeNull();
  });

  it('asks how much when 「回款」 has no amount', async () => {
    const { db, say } = await createTestBot();
    await say('zhang', '华为技术 欠款 30万 到期 2025-06-01');
    const reply = await say('zhang', '华为技术 回款');
    expect(cardText(reply.cards[0]!)).toContain('回款多少');
    expect((await db.receivable.findFirstOrThrow()).paidCents).toBe(0);
  });

  it('asks which customer when the name fits several, and records against the one chosen', async () => {
    const { db, say, press } = await createTestBot();
    await addHuaweiLookalike(db);
    const question = await say('admin', '华为 欠款 30万 到期 2025-06-01');
    expect(question.cards[0]!.title).toBe('请确认客户');
    expect(await db.receivable.count()).toBe(0);
    const chosen = question.cards[0]!.buttons.find((b) => b.label === '华为科技有限公司')!;
    const recorded = await press('admin', chosen);
    expect(recorded.cards[0]!.title).toBe('已记录欠款：华为科技有限公司');
    const row = await db.receivable.findFirstOrThrow({ include: { customer: true } });
    expect(row.customer.name).toBe('华为科技有限公司');
  });

  it('lets the manager record arrears for the team, but not service staff', async () => {
    const { db, say } = await createTestBot();
    const managed = await say('manager', '台積電 欠款 10万 到期 2026-01-31');
    expect(managed.cards[0]!.title).toBe('已记录欠款：台積電股份有限公司');
    const refused = await say('service', '台積電 欠款 10万 到期 2026-01-31');
    expect(cardText(refused.cards[0]!)).toContain('由 李娜 负责，你没有权限');
    expect(await db.receivable.count()).toBe(1);
  });
});

describe('arrears through a merge', () => {
  it('moves the removed customer’s receivables to the kept one, and back on undo', async () => {
    const { db, say, press } = await createTestBot();
    const copy = await db.customer.create({
      data: { name: '华为技术股份有限公司', normalizedName: '华为技术', ownerId: await personId(db, '张伟') },
    });
    await db.receivable.create({
      data: { customerId: copy.id, amountCents: 100, dueOn: new Date('2025-01-01'), source: 'chat' },
    });
    const list = await say('admin', '查重');
    const merge = list.cards[0]!.buttons.find((b) => b.action === 'customer.merge')!;
    expect(merge.payload.removeId).toBe(copy.id);
    const merged = await press('admin', merge);
    const kept = Number(merge.payload.keepId);
    expect((await db.receivable.findFirstOrThrow()).customerId).toBe(kept);
    const undo = merged.cards[0]!.buttons.find((b) => b.action === 'customer.undo_merge')!;
    await press('admin', undo);
    expect((await db.receivable.findFirstOrThrow()).customerId).toBe(copy.id);
  });
});
