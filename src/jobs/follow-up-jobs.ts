import { z } from 'zod';
import { followUpListCard } from '../../cards/follow-up-list.ts';
import { followUpReminderCard } from '../../cards/follow-up-reminder.ts';
import { formatDay } from '../../cards/text.ts';
import { listOpenFollowUps } from '../db/follow-ups.ts';
import { recordPush } from '../db/pushes.ts';
import { readSetting } from '../db/settings.ts';
import { followUpWindow } from '../domain/follow-ups.ts';
import { forEachItem, type JobDeps, type JobOutcome, runJob } from './run-job.ts';

const day = 24 * 60 * 60 * 1000;
const locale = (value: string) => (value === 'en' ? 'en' : 'zh') as 'zh' | 'en';

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
          locale: locale(person.locale),
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
      where: { status: 'open', hasTime: true, dueAt: { lte: now, gt: new Date(now.getTime() - day) } },
      include: { customer: { select: { name: true } }, assignee: { select: { name: true, locale: true } } },
    });
    return forEachItem(
      due,
      deps.logger,
      (f) => ({ followUpId: f.id }),
      async (f) => {
        const card = followUpReminderCard({
          locale: locale(f.assignee.locale),
          timeZone,
          kind: 'due',
          followUp: { ...f, customer: f.customer.name, assignee: f.assignee.name },
        });
        await recordPush(
          db,
          {
            key: `follow_up_due:${f.id}:${f.dueAt.toISOString()}`,
            personId: f.assigneeId,
            kind: 'follow_up_due',
            cards: [card],
          },
          now,
        );
      },
    );
  });
}

export const escalateAfterDaysKey = 'follow_ups.escalate_after_days';
const defaultEscalateAfterDays = 3;

/** Follow-ups overdue by more than the configured days: the assignee's manager is told, once. */
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
        dueAt: { lt: new Date(now.getTime() - days * day) },
        assignee: { managerId: { not: null } },
      },
      include: {
        customer: { select: { name: true } },
        assignee: { select: { name: true, managerId: true, manager: { select: { locale: true } } } },
      },
    });
    return forEachItem(
      overdue,
      deps.logger,
      (f) => ({ followUpId: f.id }),
      async (f) => {
        const card = followUpReminderCard({
          locale: locale(f.assignee.manager?.locale ?? 'zh'),
          timeZone,
          kind: 'overdue',
          followUp: { ...f, customer: f.customer.name, assignee: f.assignee.name },
          daysOverdue: Math.floor((now.getTime() - f.dueAt.getTime()) / day),
        });
        await recordPush(
          db,
          {
            key: `follow_up_overdue:${f.id}`,
            personId: f.assignee.managerId!,
            kind: 'follow_up_overdue',
            cards: [card],
          },
          now,
        );
      },
    );
  });
}
