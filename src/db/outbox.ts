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
  /** Attempts made so far; an attempt the platform answered with a rate limit does not count. */
  attempts: number;
  createdAt: Date;
  /**
   * Set when an earlier attempt may have reached the platform (the process died mid-call, or the call
   * timed out): the sender looks for that copy before sending again.
   */
  maybeSentAt?: Date;
}

/** A message taken for sending: the claim is what the marks below are conditional on. */
export interface ClaimedMessage extends StoredMessage {
  claimedAt: Date;
  /** Since when the message counts towards the give-up age: stored, or last requeued by an operator. */
  ageFrom: Date;
}

type Status = 'pending' | 'sending' | 'sent' | 'failed' | 'held';
/** Statuses that hold a conversation's place: the next message waits behind them. */
const queued: Status[] = ['pending', 'sending'];

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
 * Takes the messages that may go out now, at most `limit`: the head of each conversation, if it is due,
 * or if a sender took it more than `leaseMs` ago and never finished (its process died). A later message
 * of a conversation waits for the ones before it, so each conversation stays in order. Each row is taken
 * with a conditional update, so two senders never take the same one.
 */
export async function claimDueMessages(
  db: Db,
  platform: OutboxPlatform,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<ClaimedMessage[]> {
  const heads = await db.outboxMessage.groupBy({
    by: ['conversation'],
    where: { platform, status: { in: queued } },
    _min: { id: true },
  });
  const ids = heads.flatMap((head) => (head._min.id === null ? [] : [head._min.id]));
  if (ids.length === 0) return [];
  const rows = await db.outboxMessage.findMany({
    where: {
      id: { in: ids },
      OR: [
        { status: 'pending', nextAttemptAt: { lte: now } },
        { status: 'sending', claimedAt: { lt: new Date(now.getTime() - leaseMs) } },
      ],
    },
    orderBy: { id: 'asc' },
    take: limit,
  });
  const claimed: ClaimedMessage[] = [];
  for (const row of rows) {
    const { count } = await db.outboxMessage.updateMany({
      where: { id: row.id, status: row.status, claimedAt: row.claimedAt },
      // Until an answer says otherwise, this attempt may reach the platform.
      data: { status: 'sending', claimedAt: now, maybeSentAt: row.maybeSentAt ?? now },
    });
    if (count === 0) continue;
    claimed.push({
      id: row.id,
      platform: row.platform as OutboxPlatform,
      conversation: row.conversation,
      op: row.op,
      body: JSON.parse(row.body) as unknown,
      cardKey: row.cardKey ?? undefined,
      attempts: row.attempts,
      createdAt: row.createdAt,
      ageFrom: row.requeuedAt ?? row.createdAt,
      claimedAt: now,
      ...(row.maybeSentAt ? { maybeSentAt: row.maybeSentAt } : {}),
    });
  }
  return claimed;
}

/** When the next message of the platform is due (or its sender's lease runs out), for the worker's sleep. */
export async function findNextAttempt(
  db: Db,
  platform: OutboxPlatform,
  leaseMs: number,
): Promise<Date | null> {
  const [pending, sending] = await Promise.all([
    db.outboxMessage.findFirst({
      where: { platform, status: 'pending' },
      orderBy: { nextAttemptAt: 'asc' },
      select: { nextAttemptAt: true },
    }),
    db.outboxMessage.findFirst({
      where: { platform, status: 'sending' },
      orderBy: { claimedAt: 'asc' },
      select: { claimedAt: true },
    }),
  ]);
  const times = [
    pending?.nextAttemptAt.getTime(),
    sending?.claimedAt ? sending.claimedAt.getTime() + leaseMs : undefined,
  ].filter((time) => time !== undefined);
  return times.length > 0 ? new Date(Math.min(...times)) : null;
}

// The marks are conditional on the claim: a sender that outlived its lease cannot overwrite the outcome
// of the one that took over. updateMany: the row is not read back (its body can be tens of kilobytes).
function ofClaim(message: ClaimedMessage) {
  return { id: message.id, status: 'sending', claimedAt: message.claimedAt };
}

export async function markSent(
  db: Db,
  message: ClaimedMessage,
  ref: string | undefined,
  now: Date,
): Promise<void> {
  await db.outboxMessage.updateMany({
    where: ofClaim(message),
    data: { status: 'sent', ref: ref ?? null, sentAt: now, attempts: { increment: 1 }, lastError: null },
  });
}

export async function markRetry(
  db: Db,
  message: ClaimedMessage,
  retry: {
    nextAttemptAt: Date;
    error: string;
    /** False when the platform asked for a wait (a rate limit): that attempt does not count. */
    counts: boolean;
    /** False when the platform answered, so this attempt surely did not deliver the message. */
    mayHaveLanded: boolean;
  },
): Promise<void> {
  await db.outboxMessage.updateMany({
    where: ofClaim(message),
    data: {
      status: 'pending',
      nextAttemptAt: retry.nextAttemptAt,
      lastError: retry.error,
      ...(retry.counts ? { attempts: { increment: 1 } } : {}),
      ...(retry.mayHaveLanded ? {} : { maybeSentAt: message.maybeSentAt ?? null }),
    },
  });
}

/** The dead letter: refused for good, or given up on. Listed and requeued with `crm outbox`. */
export async function markFailed(
  db: Db,
  message: ClaimedMessage,
  error: string,
  counts = true,
): Promise<void> {
  await db.outboxMessage.updateMany({
    where: ofClaim(message),
    data: { status: 'failed', lastError: error, ...(counts ? { attempts: { increment: 1 } } : {}) },
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
