import type { Card } from '../../cards/card.ts';
import { type Db, type Tx, toDbTime } from './client.ts';

export interface PushInput {
  /** Makes the push unique: "follow_up_digest:2026-11-23:5". A second record with it is ignored. */
  key: string;
  /** Sent to this person directly… */
  personId?: number;
  /** …or posted in this group chat ("slack:C123", "feishu:oc_123"), such as a team's. */
  chat?: string;
  kind: string;
  cards: Card[];
}

/** Records a push for delivery; false when one with the same key exists (already sent or queued). */
export async function recordPush(db: Db | Tx, push: PushInput, now: Date): Promise<boolean> {
  return (await recordPushes(db, [push], now)) > 0;
}

/**
 * Records pushes in a few statements (a sweep may record thousands); one whose key exists is skipped.
 * Raw SQL for ON CONFLICT DO NOTHING: a failed insert would abort the caller's transaction. Returns how
 * many were new.
 */
export async function recordPushes(db: Db | Tx, pushes: PushInput[], now: Date): Promise<number> {
  let recorded = 0;
  const perStatement = 150;
  for (let from = 0; from < pushes.length; from += perStatement) {
    const batch = pushes.slice(from, from + perStatement);
    const values = batch.flatMap((push) => {
      checkTarget(push);
      return [
        push.key,
        push.personId ?? null,
        push.chat ?? null,
        push.kind,
        JSON.stringify(push.cards),
        toDbTime(now),
      ];
    });
    recorded += await db.$executeRawUnsafe(
      `INSERT INTO Push (key, personId, chat, kind, cards, createdAt) VALUES ${batch.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')} ON CONFLICT(key) DO NOTHING`,
      ...values,
    );
  }
  return recorded;
}

function checkTarget(push: PushInput): void {
  if ((push.personId === undefined) === (push.chat === undefined))
    throw new Error(`push ${push.key} needs either a person or a chat`);
}

/** Takes a person's undelivered pushes, oldest first, and marks them delivered. */
export async function takePushes(
  db: Db,
  personId: number,
  now: Date,
): Promise<{ kind: string; cards: Card[] }[]> {
  const rows = await db.push.findMany({ where: { personId, deliveredAt: null }, orderBy: { id: 'asc' } });
  if (rows.length === 0) return [];
  await db.push.updateMany({ where: { id: { in: rows.map((row) => row.id) } }, data: { deliveredAt: now } });
  return rows.map((row) => ({ kind: row.kind, cards: JSON.parse(row.cards) as Card[] }));
}
