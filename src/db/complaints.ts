import { z } from 'zod';
import type { ComplaintView } from '../../cards/complaint.ts';
import type { ProfileComplaint } from '../../cards/complaint-timeline.ts';
import {
  type DeadlinePolicy,
  deadlinePolicySchema,
  defaultDeadlinePolicy,
} from '../domain/complaints/deadline-policy.ts';
import { isSatisfaction } from '../domain/complaints/satisfaction.ts';
import {
  toWorkingHours,
  type WorkingDays,
  type WorkingHours,
  workingTimeSettingSchema,
} from '../domain/complaints/working-time.ts';
import type { Locale } from '../domain/people.ts';
import { readLocale } from '../domain/people.ts';
import { complaintCategories, severities } from '../domain/vocabulary.ts';
import type { Db, Tx } from './client.ts';
import { readSetting } from './settings.ts';
import { readWorkingDays } from './working-days.ts';

export const complaintSettingKeys = {
  deadlines: 'complaints.deadlines',
  workingTime: 'complaints.working_time',
  defaultOwner: 'complaints.default_owner',
} as const;

export interface ComplaintSettings {
  policy: DeadlinePolicy;
  /** Null when deadlines run around the clock. */
  workingHours: WorkingHours | null;
  /** The days working hours are counted on. */
  workingDays: WorkingDays;
  defaultOwnerId: number | null;
}

export async function readComplaintSettings(db: Db | Tx): Promise<ComplaintSettings> {
  const [policy, workingTime, defaultOwnerId, workingDays] = await Promise.all([
    readSetting(db, complaintSettingKeys.deadlines, deadlinePolicySchema, defaultDeadlinePolicy),
    readSetting(db, complaintSettingKeys.workingTime, workingTimeSettingSchema, false),
    readSetting(db, complaintSettingKeys.defaultOwner, z.number().int().positive().nullable(), null),
    readWorkingDays(db),
  ]);
  return { policy, workingHours: toWorkingHours(workingTime), workingDays, defaultOwnerId };
}

export interface PersonRef {
  id: number;
  name: string;
  locale: Locale;
}

/** A complaint with the people around it, as the workflow needs it: what its card shows, with people for names. */
export interface ComplaintRecord extends Omit<ComplaintView['complaint'], 'owner' | 'reporter'> {
  owner: (PersonRef & { managerId: number | null }) | null;
  reporter: PersonRef;
  /** How many times it was reopened: escalations and notices are sent once per round. */
  round: number;
}

const personSelect = { id: true, name: true, locale: true, managerId: true } as const;

export async function getComplaint(db: Db | Tx, id: number): Promise<ComplaintRecord | null> {
  const row = await db.complaint.findUnique({
    where: { id },
    include: {
      customer: { select: { name: true, status: true, badReason: true } },
      owner: { select: personSelect },
      reporter: { select: personSelect },
      _count: { select: { events: { where: { action: 'reopened' } } } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    customer: row.customer.name,
    category: oneOf(complaintCategories, row.category, 'other'),
    severity: oneOf(severities, row.severity, 'normal'),
    status: row.status,
    description: row.description,
    owner: row.owner && { ...toPersonRef(row.owner), managerId: row.owner.managerId },
    reporter: toPersonRef(row.reporter),
    ackDueAt: row.ackDueAt,
    resolveDueAt: row.resolveDueAt,
    acknowledgedAt: row.acknowledgedAt,
    escalationLevel: row.escalationLevel,
    resolution: row.resolution,
    satisfaction: isSatisfaction(row.satisfaction) ? row.satisfaction : null,
    satisfactionComment: row.satisfactionComment,
    ...(row.customer.status === 'bad' ? { badCustomer: { reason: row.customer.badReason } } : {}),
    round: row._count.events,
  };
}

export function toPersonRef(row: { id: number; name: string; locale: string }): PersonRef {
  return { id: row.id, name: row.name, locale: readLocale(row.locale) };
}

function oneOf<T extends string>(values: readonly T[], value: string, fallback: T): T {
  return (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

/**
 * Who hears about a complaint at each escalation level: level 1 the owner's manager, level 2 that
 * person's manager; an admin wherever there is no manager (or no owner).
 */
export async function findEscalationChain(
  db: Db | Tx,
  ownerId: number | null,
): Promise<[PersonRef | null, PersonRef | null]> {
  const admin = await db.person.findFirst({
    where: { role: 'admin' },
    orderBy: { id: 'asc' },
    select: personSelect,
  });
  const managerOf = async (personId: number | null) => {
    if (personId === null) return admin;
    const person = await db.person.findUnique({
      where: { id: personId },
      select: { manager: { select: personSelect } },
    });
    return person?.manager ?? admin;
  };
  const first = await managerOf(ownerId);
  const second = first ? await managerOf(first.id) : null;
  return [first && toPersonRef(first), second && toPersonRef(second)];
}

/** Complaints that may have missed a deadline by `now`; the domain decides which really need escalating. */
export async function listComplaintsPastDeadline(db: Db, now: Date): Promise<{ id: number }[]> {
  return db.complaint.findMany({
    where: {
      status: { in: ['open', 'acknowledged'] },
      escalationLevel: { lt: 2 },
      OR: [{ ackDueAt: { lte: now } }, { resolveDueAt: { lte: now } }],
    },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
}

/** Open complaints per service colleague, for least-loaded routing. */
export async function countOpenComplaints(db: Db | Tx, personIds: number[]): Promise<Map<number, number>> {
  const rows = await db.complaint.groupBy({
    by: ['ownerId'],
    where: { ownerId: { in: personIds }, status: { in: ['open', 'acknowledged'] } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.ownerId!, row._count._all]));
}

const profileOpen = 5;
const profileRecent = 3;
const profileSteps = 4;

/** The customer's open complaints and the latest finished ones, each with its last few steps. */
export async function listProfileComplaints(db: Db, customerId: number): Promise<ProfileComplaint[]> {
  const select = {
    id: true,
    severity: true,
    status: true,
    description: true,
    events: {
      orderBy: [{ at: 'desc' as const }, { id: 'desc' as const }],
      take: profileSteps + 1,
      select: { action: true, at: true, actorId: true },
    },
  };
  const [open, recent] = await Promise.all([
    db.complaint.findMany({
      where: { customerId, status: { in: ['open', 'acknowledged'] } },
      orderBy: { createdAt: 'desc' },
      take: profileOpen,
      select,
    }),
    db.complaint.findMany({
      where: { customerId, status: { in: ['resolved', 'closed'] } },
      orderBy: { createdAt: 'desc' },
      take: profileRecent,
      select,
    }),
  ]);
  const rows = [...open, ...recent];
  const actorIds = [...new Set(rows.flatMap((row) => row.events.map((event) => event.actorId)))];
  const people = await db.person.findMany({
    where: { id: { in: actorIds.filter((id) => id !== null) } },
    select: { id: true, name: true },
  });
  const names = new Map(people.map((person) => [person.id, person.name]));
  return rows.map(({ events, ...row }) => ({
    ...row,
    more: events.length > profileSteps,
    timeline: events
      .slice(0, profileSteps)
      .reverse()
      .map((event) => ({
        action: event.action,
        at: event.at,
        actor: event.actorId === null ? null : (names.get(event.actorId) ?? null),
      })),
  }));
}
