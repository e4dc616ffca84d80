import type { PoolView } from '../../cards/pool.ts';
import { normalizeName } from '../domain/customers/normalize-name.ts';
import { badMarkOf } from '../domain/grading/bad-reason.ts';
import { recordAudit } from './audit.ts';
import type { Db, Tx } from './client.ts';

/** A pool customer as the pool card lists it. */
export type PoolEntry = PoolView['items'][number];

/**
 * The public pool (公海): every customer without an owner, whether it returned from a rep or never had
 * one. Latest returns first. `query` matches names and aliases the way lookups do, plus the raw name.
 */
export async function listPoolCustomers(
  db: Db,
  options: { query: string | null; take: number },
): Promise<{ items: PoolEntry[]; total: number }> {
  const key = options.query ? normalizeName(options.query) : '';
  const search = options.query
    ? {
        OR: [
          { name: { contains: options.query.trim() } },
          ...(key === ''
            ? []
            : [
                { normalizedName: { contains: key } },
                { aliases: { some: { normalizedAlias: { contains: key } } } },
              ]),
        ],
      }
    : {};
  const where = { ownerId: null, ...search };
  const [rows, total] = await Promise.all([
    db.customer.findMany({
      where,
      orderBy: [{ inPoolSince: { sort: 'desc', nulls: 'last' } }, { name: 'asc' }],
      take: options.take,
      select: {
        id: true,
        name: true,
        grade: true,
        region: true,
        industry: true,
        status: true,
        badReason: true,
        inPoolSince: true,
        formerOwnerId: true,
      },
    }),
    db.customer.count({ where }),
  ]);
  const formerIds = [...new Set(rows.map((row) => row.formerOwnerId).filter((id) => id !== null))];
  const people = await db.person.findMany({
    where: { id: { in: formerIds } },
    select: { id: true, name: true },
  });
  const names = new Map(people.map((person) => [person.id, person.name]));
  return {
    items: rows.map(({ formerOwnerId, badReason, ...row }) => ({
      ...row,
      bad: badMarkOf({ status: row.status, badReason }),
      formerOwner: formerOwnerId === null ? null : (names.get(formerOwnerId) ?? null),
    })),
    total,
  };
}

export async function countClaimsSince(db: Db | Tx, personId: number, since: Date): Promise<number> {
  return db.poolClaim.count({ where: { personId, claimedAt: { gte: since } } });
}

/** Takes a customer out of the pool for a person; false when someone else got it first. */
export async function takeFromPool(tx: Tx, customerId: number, personId: number, at: Date): Promise<boolean> {
  const { count } = await tx.customer.updateMany({
    where: { id: customerId, ownerId: null },
    data: { ownerId: personId, inPoolSince: null, formerOwnerId: null },
  });
  if (count === 0) return false;
  await tx.poolClaim.create({ data: { personId, customerId, claimedAt: at } });
  return true;
}

/** What tells a customer is being worked on: getting an owner counts, so a fresh claim does not bounce back. */
const ownershipActions = [
  'customer.created',
  'customer.claimed',
  'customer.assigned',
  'customer.handed_over',
];

export interface OwnedCustomer {
  id: number;
  name: string;
  grade: string | null;
  ownerId: number;
  lastActivityAt: Date;
}

/**
 * Owned customers not flagged bad, each with its last activity: the latest of its last contact, a
 * follow-up created or done on it, getting its current owner (created, claimed, assigned, handed over)
 * and its creation.
 */
export async function listOwnedWithActivity(db: Db): Promise<OwnedCustomer[]> {
  const [customers, followUps, ownership] = await Promise.all([
    db.customer.findMany({
      where: { ownerId: { not: null }, status: { not: 'bad' } },
      select: { id: true, name: true, grade: true, ownerId: true, lastContactAt: true, createdAt: true },
    }),
    db.followUp.groupBy({ by: ['customerId'], _max: { createdAt: true, doneAt: true } }),
    db.auditLog.groupBy({
      by: ['entityId'],
      where: { entity: 'customer', action: { in: ownershipActions } },
      _max: { at: true },
    }),
  ]);
  const followUpAt = new Map(
    followUps.map((row) => [row.customerId, latest(row._max.createdAt, row._max.doneAt)]),
  );
  const ownedAt = new Map(ownership.map((row) => [row.entityId, row._max.at]));
  return customers.map((customer) => ({
    id: customer.id,
    name: customer.name,
    grade: customer.grade,
    ownerId: customer.ownerId!,
    lastActivityAt: latest(
      customer.createdAt,
      customer.lastContactAt,
      followUpAt.get(customer.id) ?? null,
      ownedAt.get(customer.id) ?? null,
    )!,
  }));
}

function latest(...dates: (Date | null)[]): Date | null {
  let found: Date | null = null;
  for (const date of dates) if (date && (!found || date > found)) found = date;
  return found;
}

/**
 * Returns a customer to the pool: no owner, since when, and who had it. The former owner's open
 * follow-ups on it are cancelled, so no reminder is sent about a customer they no longer hold.
 */
export async function returnToPool(
  tx: Tx,
  customer: { id: number; ownerId: number },
  at: Date,
  source: string,
): Promise<boolean> {
  const { count } = await tx.customer.updateMany({
    where: { id: customer.id, ownerId: customer.ownerId },
    data: { ownerId: null, inPoolSince: at, formerOwnerId: customer.ownerId },
  });
  if (count === 0) return false;
  const { count: cancelled } = await tx.followUp.updateMany({
    where: { customerId: customer.id, assigneeId: customer.ownerId, status: 'open' },
    data: { status: 'cancelled' },
  });
  await recordAudit(tx, [
    {
      actorId: null,
      action: 'customer.returned_to_pool',
      entity: 'customer',
      entityId: customer.id,
      data: { formerOwnerId: customer.ownerId, cancelledFollowUps: cancelled },
      source,
      at,
    },
  ]);
  return true;
}
