import type { Card } from '../../cards/card.ts';
import type { Db, Tx } from './client.ts';

/** Where a push goes on one platform: a person's account there, or a group chat. */
export type PushTarget = { kind: 'person'; externalId: string } | { kind: 'chat'; chatId: string };

export interface PendingPush {
  id: number;
  kind: string;
  cards: Card[];
  target: PushTarget;
}

/**
 * Undelivered pushes this platform can deliver, oldest first: those for people with an account on it
 * and those for its group chats ("slack:C123").
 */
export async function findPushesFor(db: Db, platform: string, limit: number): Promise<PendingPush[]> {
  const prefix = `${platform}:`;
  const rows = await db.push.findMany({
    where: { deliveredAt: null, OR: [{ personId: { not: null } }, { chat: { startsWith: prefix } }] },
    orderBy: { id: 'asc' },
    take: limit,
  });
  const personIds = [...new Set(rows.flatMap((row) => (row.personId === null ? [] : [row.personId])))];
  const identities = await db.identity.findMany({ where: { platform, personId: { in: personIds } } });
  const accountOf = new Map(identities.map((identity) => [identity.personId, identity.externalId]));
  return rows.flatMap((row): PendingPush[] => {
    const cards = JSON.parse(row.cards) as Card[];
    if (row.chat)
      return [
        {
          id: row.id,
          kind: row.kind,
          cards,
          target: { kind: 'chat', chatId: row.chat.slice(prefix.length) },
        },
      ];
    const externalId = row.personId === null ? undefined : accountOf.get(row.personId);
    return externalId ? [{ id: row.id, kind: row.kind, cards, target: { kind: 'person', externalId } }] : [];
  });
}

/** False when another process (or the other platform) delivered it first. */
export async function markPushDelivered(db: Tx, id: number, now: Date): Promise<boolean> {
  const { count } = await db.push.updateMany({
    where: { id, deliveredAt: null },
    data: { deliveredAt: now },
  });
  return count > 0;
}
