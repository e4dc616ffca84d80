import type { CareCadence } from '../domain/care-cadence.ts';
import { type Db, toDbTime } from './client.ts';

export interface QuietCustomer {
  ownerId: number;
  name: string;
  grade: string;
  lastContactAt: Date | null;
  /** Since last contact, or since the customer was added when never contacted. */
  since: Date;
}

const day = 24 * 60 * 60 * 1000;

/**
 * Owned customers (bad ones left out) not contacted for longer than their grade's cadence: per owner
 * the `perOwner` quiet longest, and how many there are in all. One query, so a company's sweep stays fast.
 * `ownerId` narrows it to one owner (a person's home screen).
 */
export async function listQuietCustomers(
  db: Db,
  cadence: CareCadence,
  now: Date,
  perOwner: number,
  ownerId?: number,
): Promise<Map<number, { shown: QuietCustomer[]; total: number }>> {
  const grades = Object.entries(cadence);
  const rows = await db.$queryRawUnsafe<
    {
      ownerId: number;
      name: string;
      grade: string;
      lastContactAt: string | null;
      since: string;
      total: number;
    }[]
  >(
    `SELECT ownerId, name, grade, lastContactAt, since, total FROM (
       SELECT ownerId, name, grade, lastContactAt, since,
              ROW_NUMBER() OVER (PARTITION BY ownerId ORDER BY since, id) AS position,
              COUNT(*) OVER (PARTITION BY ownerId) AS total
       FROM (SELECT *, COALESCE(lastContactAt, createdAt) AS since FROM Customer
             WHERE ownerId IS NOT NULL AND status <> 'bad'${ownerId === undefined ? '' : ' AND ownerId = ?'})
       WHERE ${grades.map(() => '(grade = ? AND since < ?)').join(' OR ')}
     ) WHERE position <= ? ORDER BY ownerId, position`,
    ...(ownerId === undefined ? [] : [ownerId]),
    ...grades.flatMap(([grade, days]) => [grade, toDbTime(new Date(now.getTime() - days * day))]),
    perOwner,
  );
  const byOwner = new Map<number, { shown: QuietCustomer[]; total: number }>();
  for (const row of rows) {
    const owner = byOwner.get(row.ownerId) ?? { shown: [], total: Number(row.total) };
    owner.shown.push({
      ownerId: row.ownerId,
      name: row.name,
      grade: row.grade,
      lastContactAt: row.lastContactAt ? new Date(row.lastContactAt) : null,
      since: new Date(row.since),
    });
    byOwner.set(row.ownerId, owner);
  }
  return byOwner;
}
