import { z } from 'zod';
import { followUpListCard } from '../../cards/follow-up-list.ts';
import { followUpReminderCard, overdueFollowUpsCard } from '../../cards/follow-up-reminder.ts';
import { formatDay } from '../../cards/text.ts';
import { customerNameFields } from '../db/customer-name-fields.ts';
import { listOpenFollowUps } from '../db/follow-ups.ts';
import { type PushInput, recordPush, recordPushes } from '../db/pushes.ts';
import { readSetting } from '../db/settings.ts';
import { followUpWindow } from '../domain/follow-ups.ts';
import { badMarkOf } from '../domain/grading/bad-reason.ts';
import { readLocale } from '../domain/people.ts';
import { forEachItem, type JobDeps, type JobOutcome, mapEachItem, runJob } from './run-job.ts';

const day = 24 * 60 * 60 * 1000;

/** The morning digest: each person's follow-ups due today and overdue, with Done / Snooze / Move. */
export function sendFollowUpDigests(deps: JobDeps, slot: string): Promise<JobOutcome> {
  const { db, timeZone } = deps;
  return runJob(deps, { name: 'follow_up_digest', slot }, async () => {
    const now = deps.now();
    const { before } = followUpWindow('today', now, timeZone);
    const people = await db.person.findMany({
      where: { followUps: { some: { status: 'open', dueAt: { lte: before! } } } },
      select: { id: true, locale: true },
    });
    const today = formatDay(now, timeZone);
    return forEachItem(
      people,
      deps.logger,
      (person) => ({ personId: person.id }),
      async (person) => {
        const { items, total } = await listOpenFollowUps(db, person.id, 'today', now, timeZone);
        if (total === 0) return;
        const card = followUpListCard({
          locale: readLocale(person.locale),
          timeZone,
          range: 'today',
          now,
          items,
          total,
          digest: true,
        });
        await recordPush(
          db,
          {
            key: `follow_up_digest:${today}:${person.id}`,
            personId: person.id,
            kind: 'follow_up_digest',
            cards: [card],
          },
          now,
        );
      },
    );
  });
}

/** At the due time of follow-ups that have one; a follow-up moved to a new time reminds again. */
export function sendDueReminders(deps: JobDeps, slot: string): Promise<JobOutcome> {
  const { db, timeZone } = deps;
  return runJob(deps, { name: 'follow_up_due', slot }, async () => {
    const now = deps.now();
    // A day back at most: a reminder for something due last week is noise, the digest covers it.
    const due = await db.followUp.findMany({
      where: {
        status: 'open',
        hasTime: true,
        remindedAt: null,
        dueAt: { lte: now, gt: new Date(now.getTime() - day) },
      },
      include: {
        customer: { select: customerNameFields },
        assignee: { select: { name: true, locale: true } },
      },
    });
    const { results, failed } = mapEachItem(
      due,
      deps.logger,
      (f) => ({ followUpId: f.id }),
      (f): PushInput & { followUpId: number } => ({
        followUpId: f.id,
        // Keyed on the due time: the reminder goes once per time the follow-up is due.
        key: `follow_up_due:${f.id}:${f.dueAt.toISOString()}`,
        personId: f.assigneeId,
        kind: 'follow_up_due',
        cards: [
          followUpReminderCard({
            locale: readLocale(f.assignee.locale),
            timeZone,
            followUp: {
              ...f,
              customer: f.customer.name,
              customerBad: badMarkOf(f.customer),
              assignee: f.assignee.name,
            },
          }),
        ],
      }),
    );
    const done = await db.$transaction(async (tx) => {
      const ids = results.map((push) => push.followUpId);
      await tx.followUp.updateMany({ where: { id: { in: ids } }, data: { remindedAt: now } });
      return recordPushes(tx, results, now);
    });
    return { done, failed };
  });
}

export const escalateAfterDaysKey = 'follow_ups.escalate_after_days';
const defaultEscalateAfterDays = 3;

/**
 * Follow-ups overdue by more than the configured days: each manager hears of their team's in one card,
 * once per follow-up (moving it to a new date starts over).
 */
export function escalateOverdueFollowUps(deps: JobDeps, slot: string): Promise<JobOutcome> {
  const { db, timeZone } = deps;
  return runJob(deps, { name: 'follow_up_overdue', slot }, async () => {
    const now = deps.now();
    const days = await readSetting(
      db,
      escalateAfterDaysKey,
      z.number().int().min(1).max(365),
      defaultEscalateAfterDays,
    );
    const overdue = await db.followUp.findMany({
      where: {
        status: 'open',
        escalatedAt: null,
        dueAt: { lt: new Date(now.getTime() - days * day) },
        assignee: { managerId: { not: null } },
      },
      orderBy: { dueAt: 'asc' },
      include: {
        customer: { select: customerNameFields },
        assignee: { select: { name: true, managerId: true, manager: { select: { locale: true } } } },
      },
    });
    const byManager = new Map<number, typeof overdue>();
    for (const f of overdue) {
      const team = byManager.get(f.assignee.managerId!);
      if (team) team.push(f);
      else byManager.set(f.assignee.managerId!, [f]);
    }
    return forEachItem(
      [...byManager],
      deps.logger,
      ([managerId]) => ({ managerId }),
      ([managerId, items]) =>
        db.$transaction(async (tx) => {
          const card = overdueFollowUpsCard({
            locale: readLocale(items[0]!.assignee.manager?.locale),
            timeZone,
            items: items.map((f) => ({
              followUp: {
                ...f,
                customer: f.customer.name,
                customerBad: badMarkOf(f.customer),
                assignee: f.assignee.name,
              },
              daysOverdue: Math.floor((now.getTime() - f.dueAt.getTime()) / day),
            })),
          });
          const push = {
            key: `follow_up_overdue:${slot}:${managerId}`,
            personId: managerId,
            kind: 'follow_up_overdue',
          };
          await recordPush(tx, { ...push, cards: [card] }, now);
          await tx.followUp.updateMany({
            where: { id: { in: items.map((f) => f.id) } },
            data: { escalatedAt: now },
          });
        }),
    );
  });
}
