import type { Card } from '../../cards/card.ts';
import { type Locale, readLocale } from '../domain/people.ts';
import type { Db, Tx } from './client.ts';

/**
 * Where a push goes on one platform: a person's account there, in their language (the cards were
 * written in it), or a group chat.
 */
export type PushTarget =
  | { kind: 'person'; externalId: string; locale: Locale }
  | { kind: 'chat'; chatId: string };

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
  const identities = await db.identity.findMany({
    where: { platform, personId: { in: personIds } },
    select: { personId: true, externalId: true, person: { select: { locale: true } } },
  });
  const accountOf = new Map(
    identities.map((identity) => [
      identity.personId,
      { externalId: identity.externalId, locale: readLocale(identity.person.locale) },
    ]),
  );
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
    const account = row.personId === null ? undefined : accountOf.get(row.personId);
    return account ? [{ id: row.id, kind: row.kind, cards, target: { kind: 'person', ...account } }] : [];
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
