import { DateTime } from 'luxon';
import { badMarkOf } from '../domain/grading/bad-reason.ts';
import type { ComplaintLine, RepReport, TeamReport } from '../domain/reports/report-content.ts';
import type { VisitKind } from '../domain/vocabulary.ts';
import type { Db } from './client.ts';

/** The instants a calendar day (YYYY-MM-DD) spans in the workspace zone. */
export function dayBounds(day: string, timeZone: string): { from: Date; to: Date } {
  const start = DateTime.fromISO(day, { zone: timeZone }).startOf('day');
  return { from: start.toJSDate(), to: start.plus({ days: 1 }).toJSDate() };
}

const openStatuses = ['open', 'acknowledged'];

// Every line names its customer with the flag (不良客户), so the report shows the warning.
const named = { name: true, status: true, badReason: true } as const;
type Named = { name: string; status: string; badReason: string | null };
const flagOf = (customer: Named) => ({ customer: customer.name, customerBad: badMarkOf(customer) });

/** One rep's day from the records: visits, what customers raised, what was handled. */
export async function loadRepReport(
  db: Db,
  person: { id: number; name: string },
  day: string,
  timeZone: string,
): Promise<RepReport> {
  const { from, to } = dayBounds(day, timeZone);
  const visits = await db.visit.findMany({
    where: { authorId: person.id, occurredAt: { gte: from, lt: to } },
    orderBy: { occurredAt: 'asc' },
    include: {
      customer: { select: { ...named, createdAt: true } },
      minutes: { select: { content: true } },
      alerts: { select: { excerpt: true } },
    },
  });
  const followUps = await db.followUp.findMany({
    where: { assigneeId: person.id, status: 'done', doneAt: { gte: from, lt: to } },
    include: { customer: { select: named } },
  });
  const complaints = await db.complaint.findMany({
    where: { ownerId: person.id, resolvedAt: { gte: from, lt: to } },
    include: { customer: { select: named } },
  });
  const unconfirmedMinutes = await db.minutes.count({ where: { authorId: person.id, status: 'draft' } });
  // The minutes hold what the rep (or the model) made of the visit; the parsed fields are the fallback.
  const noted = (content: string | undefined, field: 'needs' | 'issues' | 'competitors' | 'reaction') => {
    if (!content) return null;
    const value = (JSON.parse(content) as Record<string, unknown>)[field];
    return typeof value === 'string' && value !== '' ? value : null;
  };
  return {
    day,
    person,
    contacts: visits.map((v) => ({
      visitId: v.id,
      ...flagOf(v.customer),
      at: v.occurredAt.toISOString(),
      kind: v.kind as VisitKind,
      newCustomer: v.customer.createdAt >= from && v.customer.createdAt < to,
    })),
    raised: visits.flatMap((v) => {
      const needs = noted(v.minutes?.content, 'needs') ?? v.needs;
      const issues = noted(v.minutes?.content, 'issues') ?? v.issues;
      return needs || issues ? [{ ...flagOf(v.customer), needs, issues }] : [];
    }),
    handled: [
      ...followUps.map((f) => ({ ...flagOf(f.customer), what: f.title, result: 'done' })),
      ...complaints.map((c) => ({
        ...flagOf(c.customer),
        what: c.description.slice(0, 200),
        result: c.resolution ?? c.status,
      })),
    ],
    market: visits.flatMap((v) => {
      const text = noted(v.minutes?.content, 'competitors') ?? v.competitor ?? v.alerts[0]?.excerpt;
      return text ? [{ ...flagOf(v.customer), text }] : [];
    }),
    reactions: visits.flatMap((v) => {
      const text = noted(v.minutes?.content, 'reaction');
      return text ? [{ ...flagOf(v.customer), text }] : [];
    }),
    unconfirmedMinutes,
  };
}

/** A team's day: visits per rep, silent reps, new customers, follow-ups, complaints, competitors, minutes. */
export async function loadTeamReport(
  db: Db,
  team: { id: number; name: string },
  day: string,
  timeZone: string,
  now: Date,
): Promise<TeamReport> {
  const { from, to } = dayBounds(day, timeZone);
  const asOf = now < to ? now : to;
  const members = await db.person.findMany({
    where: { teamId: team.id },
    select: { id: true, name: true, role: true },
    orderBy: { id: 'asc' },
  });
  const ids = members.map((m) => m.id);
  const visits = await db.visit.groupBy({
    by: ['authorId'],
    where: { authorId: { in: ids }, occurredAt: { gte: from, lt: to } },
    _count: { _all: true },
  });
  const visitCount = new Map(visits.map((v) => [v.authorId, v._count._all]));
  const sellers = members.filter((m) => m.role === 'rep' || visitCount.has(m.id));
  const newCustomers = await db.customer.findMany({
    where: { ownerId: { in: ids }, createdAt: { gte: from, lt: to } },
    select: { ...named, owner: { select: { name: true } } },
  });
  const done = await db.followUp.count({
    where: { assigneeId: { in: ids }, status: 'done', doneAt: { gte: from, lt: to } },
  });
  const overdue = await db.followUp.findMany({
    where: { assigneeId: { in: ids }, status: 'open', dueAt: { lt: asOf } },
    orderBy: { dueAt: 'asc' },
    take: 20,
    include: { customer: { select: named }, assignee: { select: { name: true } } },
  });
  const teamComplaint = {
    OR: [{ customer: { ownerId: { in: ids } } }, { reporterId: { in: ids } }, { ownerId: { in: ids } }],
  };
  const complaintInclude = { customer: { select: named } } as const;
  const toLine = (c: {
    id: number;
    customer: Named;
    category: string;
    severity: string;
    status: string;
    resolveDueAt: Date;
  }): ComplaintLine => ({
    id: c.id,
    ...flagOf(c.customer),
    category: c.category,
    severity: c.severity,
    status: c.status,
    overdue: openStatuses.includes(c.status) && c.resolveDueAt < asOf,
  });
  const opened = await db.complaint.findMany({
    where: { ...teamComplaint, createdAt: { gte: from, lt: to } },
    include: complaintInclude,
  });
  const closed = await db.complaint.findMany({
    where: {
      ...teamComplaint,
      events: { some: { action: { in: ['resolved', 'closed'] }, at: { gte: from, lt: to } } },
    },
    include: complaintInclude,
  });
  const stillOpen = await db.complaint.findMany({
    where: { ...teamComplaint, status: { in: openStatuses }, createdAt: { lt: to } },
    orderBy: { resolveDueAt: 'asc' },
    take: 30,
    include: complaintInclude,
  });
  const competitorVisits = await db.visit.findMany({
    where: {
      authorId: { in: ids },
      occurredAt: { gte: from, lt: to },
      OR: [{ competitor: { not: null } }, { alerts: { some: {} } }],
    },
    include: {
      customer: { select: named },
      author: { select: { name: true } },
      alerts: { select: { excerpt: true } },
    },
  });
  const minutes = await db.minutes.findMany({
    where: { authorId: { in: ids }, status: 'draft', createdAt: { lt: to } },
    orderBy: { dueAt: 'asc' },
    include: {
      visit: { select: { customer: { select: named }, author: { select: { name: true } } } },
    },
  });
  return {
    day,
    team,
    perRep: sellers.map((m) => ({ name: m.name, visits: visitCount.get(m.id) ?? 0 })),
    silent: sellers.filter((m) => !visitCount.has(m.id)).map((m) => m.name),
    newCustomers: newCustomers.map((c) => ({
      name: c.name,
      owner: c.owner?.name ?? null,
      bad: badMarkOf(c),
    })),
    followUps: {
      done,
      overdue: overdue.map((f) => ({
        title: f.title,
        ...flagOf(f.customer),
        assignee: f.assignee.name,
        dueAt: f.dueAt.toISOString(),
      })),
    },
    complaints: { opened: opened.map(toLine), closed: closed.map(toLine), stillOpen: stillOpen.map(toLine) },
    competitorMoves: competitorVisits.map((v) => ({
      ...flagOf(v.customer),
      rep: v.author.name,
      text: v.alerts[0]?.excerpt ?? v.competitor ?? '',
      alerted: v.alerts.length > 0,
    })),
    unconfirmedMinutes: minutes.map((m) => ({
      minutesId: m.id,
      ...flagOf(m.visit.customer),
      rep: m.visit.author.name,
      overdue: m.dueAt < asOf,
    })),
  };
}
