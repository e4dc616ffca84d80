import type { Db } from './client.ts';

const lifetimeMs = 24 * 60 * 60 * 1000;

export async function savePending(
  db: Db,
  personId: number,
  payload: unknown,
  now: Date,
  source?: string,
): Promise<number> {
  const row = await db.pendingIntent.create({
    data: {
      personId,
      payload: JSON.stringify(payload),
      expiresAt: new Date(now.getTime() + lifetimeMs),
      ...(source ? { source } : {}),
    },
  });
  return row.id;
}

/** The question a message already raised for this person, if it is redelivered: open or answered. */
export async function findPendingFor(
  db: Db,
  personId: number,
  source: string,
): Promise<{ id: number; answered: boolean } | null> {
  const row = await db.pendingIntent.findFirst({
    where: { personId, source },
    orderBy: { id: 'desc' },
    select: { id: true, resolvedAt: true },
  });
  return row ? { id: row.id, answered: row.resolvedAt !== null } : null;
}

export type PendingClaim =
  | { kind: 'claimed'; payload: unknown }
  | { kind: 'missing' | 'not_yours' | 'expired' | 'answered' };

/**
 * Claims a pending question for its answer. The claim is atomic, so a double click or a redelivered
 * action answers it once; `releasePending` gives it back when the answer could not be applied.
 */
export async function claimPending(db: Db, id: number, personId: number, now: Date): Promise<PendingClaim> {
  const row = await db.pendingIntent.findUnique({ where: { id } });
  if (!row) return { kind: 'missing' };
  if (row.personId !== personId) return { kind: 'not_yours' };
  if (row.expiresAt < now) return { kind: 'expired' };
  const { count } = await db.pendingIntent.updateMany({
    where: { id, resolvedAt: null },
    data: { resolvedAt: now },
  });
  if (count === 0) return { kind: 'answered' };
  return { kind: 'claimed', payload: JSON.parse(row.payload) };
}

export async function releasePending(db: Db, id: number): Promise<void> {
  await db.pendingIntent.update({ where: { id }, data: { resolvedAt: null } });
}
