import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../cards/card.ts';
import { writeSetting } from '../../src/db/settings.ts';
import {
  escalateOverdueFollowUps,
  sendDueReminders,
  sendFollowUpDigests,
} from '../../src/jobs/follow-up-jobs.ts';
import { slotOf } from '../../src/jobs/scheduler.ts';
import { cardText, createTestBot, fixedNow, personId, timeZone } from '../helpers/bot.ts';

const hour = 60 * 60 * 1000;

async function setup() {
  const bot = await createTestBot();
  let clock = fixedNow;
  const deps = { db: bot.db, logger: pino({ level: 'silent' }), now: () => clock, timeZone };
  const setClock = (date: Date) => {
    clock = date;
    bot.setNow(date);
  };
  const pushesFor = async (name: string, kind?: string) =>
    (
      await bot.db.push.findMany({
        where: { personId: await personId(bot.db, name), ...(kind ? { kind } : {}) },
        orderBy: { id: 'asc' },
      })
    ).map((push) => JSON.parse(push.cards) as Card[]);
  return { ...bot, deps, setClock, pushesFor };
}

describe('the morning digest', () => {
  it('tells each person what is due today and overdue, once per day, with Done, Snooze and Move', async () => {
    const { db, deps, say, pushesFor } = await setup();
    await say('zhang', '记录拜访 招商银行 今天和李经理聊了演示，今天下午三点跟进');
    const first = await sendFollowUpDigests(deps, '2026-11-23T01:00:00.000Z');
    expect(first).toEqual({ ran: true, done: 2, failed: 0 });

    const zhang = await pushesFor('张伟', 'follow_up_digest');
    expect(zhang).toHaveLength(1);
    expect(zhang[0]![0]!.title).toBe('早安！今天要跟进 1 件事');
    expect(zhang[0]![0]!.buttons.map((b) => b.action)).toEqual([
      'follow_up.done',
      'follow_up.snooze',
      'follow_up.move',
    ]);
    const tom = await pushesFor('Tom Chen', 'follow_up_digest');
    expect(cardText(tom[0]![0]!)).toMatch(/Acme Corp/);
    expect(await pushesFor('李娜', 'follow_up_digest')).toHaveLength(0);

    // The same slot again (a second process, a restart): nothing new.
    expect(await sendFollowUpDigests(deps, '2026-11-23T01:00:00.000Z')).toEqual({
      ran: false,
      reason: 'taken',
    });
    // Another slot the same day (a re-run by hand): the pushes are keyed by day, still nothing new.
    await sendFollowUpDigests(deps, '2026-11-23T02:00:00.000Z');
    expect(await db.push.count({ where: { kind: 'follow_up_digest' } })).toBe(2);
  });

  it('snoozing from the digest moves the follow-up to tomorrow morning', async () => {
    const { db, deps, press, pushesFor } = await setup();
    await sendFollowUpDigests(deps, slotOf(fixedNow));
    const digest = (await pushesFor('Tom Chen', 'follow_up_digest'))[0]![0]!;
    const snooze = digest.buttons.find((b) => b.action === 'follow_up.snooze')!;
    const reply = await press('tom', snooze);
    expect(reply.cards[0]!.title).toContain('moved to Tue, Nov 24');
    const followUp = await db.followUp.findUniqueOrThrow({
      where: { id: Number(snooze.payload.followUpId) },
    });
    expect(followUp.dueAt.toISOString()).toBe('2026-11-24T01:00:00.000Z');
  });
});

describe('due reminders', () => {
  it('reminds at the due time, once, and again after a move to a new time', async () => {
    const { db, deps, say, press, setClock, pushesFor } = await setup();
    await say('zhang', '记录拜访 招商银行 今天和李经理聊了演示，今天下午三点跟进');
    await sendDueReminders(deps, slotOf(fixedNow));
    expect(await pushesFor('张伟', 'follow_up_due')).toHaveLength(0);

    setClock(new Date(fixedNow.getTime() + 5 * hour + 60_000));
    await sendDueReminders(deps, slotOf(deps.now()));
    const reminders = await pushesFor('张伟', 'follow_up_due');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]![0]!.title).toBe('该跟进了：招商银行股份有限公司');

    setClock(new Date(deps.now().getTime() + 5 * 60_000));
    await sendDueReminders(deps, slotOf(deps.now()));
    expect(await pushesFor('张伟', 'follow_up_due')).toHaveLength(1);

    // Moved from the reminder card to 17:00: reminded again at 17:00.
    const followUp = await db.followUp.findFirstOrThrow({ where: { hasTime: true } });
    await press(
      'zhang',
      { action: 'follow_up.move', payload: { followUpId: followUp.id } },
      { date: '今天下午五点' },
    );
    setClock(new Date(fixedNow.getTime() + 7 * hour + 60_000));
    await sendDueReminders(deps, slotOf(deps.now()));
    expect(await pushesFor('张伟', 'follow_up_due')).toHaveLength(2);
  });
});

describe('overdue escalation', () => {
  it('tells the manager once when a follow-up is overdue by more than the configured days', async () => {
    const { db, deps, setClock, pushesFor } = await setup();
    await escalateOverdueFollowUps(deps, slotOf(fixedNow));
    expect(await pushesFor('王经理')).toHaveLength(0);

    setClock(new Date(fixedNow.getTime() + 3 * 24 * hour));
    await escalateOverdueFollowUps(deps, slotOf(deps.now()));
    const told = await pushesFor('王经理', 'follow_up_overdue');
    expect(told).toHaveLength(1);
    expect(told[0]![0]!.title).toBe('Tom Chen 的跟进 #4 已逾期 4 天');

    setClock(new Date(fixedNow.getTime() + 4 * 24 * hour));
    await escalateOverdueFollowUps(deps, slotOf(deps.now()));
    expect(await pushesFor('王经理', 'follow_up_overdue')).toHaveLength(1);

    await writeSetting(db, 'follow_ups.escalate_after_days', 10, 1);
    setClock(new Date(fixedNow.getTime() + 5 * 24 * hour));
    const outcome = await escalateOverdueFollowUps(deps, slotOf(deps.now()));
    expect(outcome).toMatchObject({ ran: true, done: 0 });
  });
});

describe('overdue escalation for a team', () => {
  it('tells the manager of several long-overdue follow-ups in one card, and again after one is moved and missed', async () => {
    const { db, deps, setClock, pushesFor, press } = await setup();
    const zhang = await personId(db, '张伟');
    const customer = await db.customer.findFirstOrThrow({ where: { ownerId: zhang } });
    const dueLongAgo = new Date(fixedNow.getTime() - 10 * 24 * hour);
    const created = await Promise.all(
      ['报价', '演示'].map((title) =>
        db.followUp.create({
          data: { customerId: customer.id, assigneeId: zhang, title, dueAt: dueLongAgo },
        }),
      ),
    );
    await escalateOverdueFollowUps(deps, slotOf(fixedNow));
    const told = await pushesFor('王经理', 'follow_up_overdue');
    expect(told).toHaveLength(1);
    const text = cardText(told[0]![0]!);
    expect(told[0]![0]!.title).toMatch(/^团队有 \d+ 条跟进已逾期$/);
    for (const followUp of created) expect(text).toContain(`#${followUp.id} 张伟`);

    // Moved to tomorrow, then missed by more than three days: the manager hears of it once more.
    await press(
      'zhang',
      { action: 'follow_up.move', payload: { followUpId: created[0]!.id } },
      { date: '明天' },
    );
    setClock(new Date(fixedNow.getTime() + 6 * 24 * hour));
    await escalateOverdueFollowUps(deps, slotOf(deps.now()));
    const again = await pushesFor('王经理', 'follow_up_overdue');
    expect(again).toHaveLength(2);
    expect(cardText(again[1]![0]!)).toContain(`#${created[0]!.id}`);
    expect(cardText(again[1]![0]!)).not.toContain(`#${created[1]!.id} `);
  });
});
