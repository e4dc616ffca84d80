import type { Db } from './client.ts';

/** A dead outbox message as an operator sees it: where and why, never what it said. */
export interface FailedMessage {
  id: number;
  platform: string;
  conversation: string;
  op: string;
  createdAt: Date;
  attempts: number;
  lastError: string | null;
}

export async function listFailedMessages(db: Db, limit = 500): Promise<FailedMessage[]> {
  return db.outboxMessage.findMany({
    where: { status: 'failed' },
    orderBy: { id: 'asc' },
    take: limit,
    // The body is left out: it holds customers' details, and it can be large.
    select: {
      id: true,
      platform: true,
      conversation: true,
      op: true,
      createdAt: true,
      attempts: true,
      lastError: true,
    },
  });
}

/**
 * Puts dead messages back in their conversation's queue, with a fresh count of attempts and age; how
 * many. A requeued message is the oldest of its conversation, so it goes out before the ones stored
 * after it that are still pending.
 */
export async function requeueFailedMessages(db: Db, which: number[] | 'all', now: Date): Promise<number> {
  const { count } = await db.outboxMessage.updateMany({
    where: { status: 'failed', ...(which === 'all' ? {} : { id: { in: which } }) },
    data: { status: 'pending', attempts: 0, nextAttemptAt: now, requeuedAt: now, claimedAt: null },
  });
  return count;
}
