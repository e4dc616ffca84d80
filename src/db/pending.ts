import type { Db } from './client.ts';

const lifetimeMs = 24 * 60 * 60 * 1000;

export async function savePending(db: Db, personId: number, payload: unknown, now: Date): Promise<number> {
  const row = await db.pendingIntent.create({
    data: { personId, payload: JSON.stringify(payload), expiresAt: new Date(now.getTime() + lifetimeMs) },
  });
  return row.id;
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
