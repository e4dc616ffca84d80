import type { Db, Tx } from './client.ts';

export type OutboxPlatform = 'slack' | 'feishu';

export interface OutgoingMessage {
  platform: OutboxPlatform;
  /** A channel or chat id: messages to one conversation are sent in the order they were stored. */
  conversation: string;
  /** What the platform's sender does with the body: post, update, ephemeral, … */
  op: string;
  /** The platform's request body; stored as JSON. */
  body: unknown;
  /** Names the card the message shows, so that a later update finds the message that was sent. */
  cardKey?: string;
}

export interface StoredMessage extends OutgoingMessage {
  id: number;
  attempts: number;
}

export async function enqueueMessages(db: Db | Tx, messages: OutgoingMessage[], now: Date): Promise<void> {
  if (messages.length === 0) return;
  await db.outboxMessage.createMany({
    data: messages.map((message) => ({
      platform: message.platform,
      conversation: message.conversation,
      op: message.op,
      body: JSON.stringify(message.body),
      cardKey: message.cardKey ?? null,
      nextAttemptAt: now,
      createdAt: now,
    })),
  });
}

/**
 * The messages that may go out now: the oldest pending message of each conversation, if it is due.
 * A later message of a conversation waits for the ones before it, so each conversation stays in order.
 */
export async function findDueMessages(
  db: Db,
  platform: OutboxPlatform,
  now: Date,
  limit: number,
): Promise<StoredMessage[]> {
  const heads = await db.outboxMessage.groupBy({
    by: ['conversation'],
    where: { platform, status: 'pending' },
    _min: { id: true },
  });
  const ids = heads.flatMap((head) => (head._min.id === null ? [] : [head._min.id]));
  if (ids.length === 0) return [];
  const rows = await db.outboxMessage.findMany({
    where: { id: { in: ids }, nextAttemptAt: { lte: now } },
    orderBy: { id: 'asc' },
    take: limit,
  });
  return rows.map((row) => ({
    id: row.id,
    platform: row.platform as OutboxPlatform,
    conversation: row.conversation,
    op: row.op,
    body: JSON.parse(row.body) as unknown,
    cardKey: row.cardKey ?? undefined,
    attempts: row.attempts,
  }));
}

/** When the next pending message of the platform is due, for the worker's sleep. */
export async function findNextAttempt(db: Db, platform: OutboxPlatform): Promise<Date | null> {
  const next = await db.outboxMessage.findFirst({
    where: { platform, status: 'pending' },
    orderBy: { nextAttemptAt: 'asc' },
    select: { nextAttemptAt: true },
  });
  return next?.nextAttemptAt ?? null;
}

// updateMany: the row is not read back (its body can be tens of kilobytes).
export async function markSent(db: Db, id: number, ref: string | undefined, now: Date): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id },
    data: { status: 'sent', ref: ref ?? null, sentAt: now, attempts: { increment: 1 }, lastError: null },
  });
}

export async function markRetry(db: Db, id: number, nextAttemptAt: Date, error: string): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id },
    data: { nextAttemptAt, lastError: error, attempts: { increment: 1 } },
  });
}

export async function markFailed(db: Db, id: number, error: string): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id },
    data: { status: 'failed', lastError: error, attempts: { increment: 1 } },
  });
}

/** Where the card with this key was last sent: its conversation and the platform's message id. */
export async function findSentCard(
  db: Db,
  platform: OutboxPlatform,
  cardKey: string,
): Promise<{ conversation: string; ref: string } | null> {
  const row = await db.outboxMessage.findFirst({
    where: { platform, cardKey, status: 'sent', ref: { not: null } },
    orderBy: { id: 'desc' },
    select: { conversation: true, ref: true },
  });
  return row?.ref ? { conversation: row.conversation, ref: row.ref } : null;
}
