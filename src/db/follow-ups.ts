import { followUpWindow, startOfDay } from '../domain/follow-ups.ts';
import { type BadMark, badMarkOf } from '../domain/grading/bad-reason.ts';
import type { FollowUpRange } from '../domain/vocabulary.ts';
import type { Db } from './client.ts';
import { customerNameFields } from './customer-name-fields.ts';

export const listLimit = 10;

/** A person's open follow-ups in a range, soonest first; `overdue` applies the same rule as isPast. */
export async function listOpenFollowUps(
  db: Db,
  assigneeId: number,
  range: FollowUpRange,
  now: Date,
  timeZone: string,
): Promise<{
  items: {
    id: number;
    customer: string;
    customerBad: BadMark | null;
    title: string;
    dueAt: Date;
    hasTime: boolean;
  }[];
  total: number;
}> {
  const due =
    range === 'overdue'
      ? {
          OR: [
            { hasTime: true, dueAt: { lt: now } },
            { hasTime: false, dueAt: { lt: startOfDay(now, timeZone) } },
          ],
        }
      : (() => {
          const { before } = followUpWindow(range, now, timeZone);
          return before ? { dueAt: { lte: before } } : {};
        })();
  const where = { assigneeId, status: 'open', ...due };
  const [rows, total] = await Promise.all([
    db.followUp.findMany({
      where,
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
      take: listLimit,
      select: { id: true, title: true, dueAt: true, hasTime: true, customer: { select: customerNameFields } },
    }),
    db.followUp.count({ where }),
  ]);
  return {
    items: rows.map((row) => ({ ...row, customer: row.customer.name, customerBad: badMarkOf(row.customer) })),
    total,
  };
}

export async function getFollowUp(db: Db, id: number) {
  return db.followUp.findUnique({
    where: { id },
    include: { customer: { select: customerNameFields }, assignee: { select: { id: true, teamId: true } } },
  });
}
