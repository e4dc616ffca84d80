import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../cards/card.ts';
import { remindUnconfirmedMinutes } from '../../src/jobs/minutes-reminders.ts';
import { button, cardText, createTestBot, personId, timeZone } from '../helpers/bot.ts';

const logger = pino({ level: 'silent' });

async function visitLoggedAt(at: string) {
  const t = await createTestBot();
  t.setNow(new Date(at));
  const reply = await t.say('zhang', '记录拜访 华为 和张总聊了报价');
  const run = (when: string) =>
    remindUnconfirmedMinutes(
      { db: t.db, logger, now: () => new Date(when), timeZone },
      new Date(when).toISOString(),
    );
  const reminders = async () =>
    (
      await t.db.push.findMany({
        where: { kind: 'minutes_reminder', personId: await personId(t.db, '张伟') },
      })
    ).map((p) => JSON.parse(p.cards) as Card[]);
  return { ...t, reply, run, reminders };
}

describe('reminders for unconfirmed minutes', () => {
  it('reminds the rep once, two working days later, with the minutes card', async () => {
    const t = await visitLoggedAt('2026-11-23T10:00:00+08:00');
    await t.run('2026-11-25T09:00:00+08:00');
    expect(await t.reminders()).toEqual([]);
    await t.run('2026-11-25T10:00:00+08:00');
    await t.run('2026-11-25T11:00:00+08:00');
    const reminders = await t.reminders();
    expect(reminders).toHaveLength(1);
    expect(cardText(reminders[0]![0]!)).toContain('请确认会议纪要：华为技术有限公司');
    expect(reminders[0]![0]!.buttons.map((b) => b.action)).toEqual(['minutes.confirm', 'minutes.edit']);
  });

  it('does not count the National Day holiday week', async () => {
    const t = await visitLoggedAt('2026-09-30T11:00:00+08:00');
    await t.run('2026-10-08T12:00:00+08:00');
    expect(await t.reminders()).toEqual([]);
    await t.run('2026-10-09T11:00:00+08:00');
    expect(await t.reminders()).toHaveLength(1);
  });

  it('counts a make-up Saturday (调休) as a working day', async () => {
    const t = await visitLoggedAt('2026-10-09T10:00:00+08:00');
    await t.run('2026-10-12T10:00:00+08:00');
    expect(await t.reminders()).toHaveLength(1);
  });

  it('does not remind about confirmed minutes', async () => {
    const t = await visitLoggedAt('2026-11-23T10:00:00+08:00');
    await t.press('zhang', button(t.reply.cards[1], 'minutes.confirm'));
    await t.run('2026-11-26T10:00:00+08:00');
    expect(await t.reminders()).toEqual([]);
  });
});
