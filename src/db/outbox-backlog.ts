import type { Db } from './client.ts';

export interface OutboxBacklog {
  /** Messages not yet sent: waiting their turn, or being sent now. */
  backlog: number;
  /** How long the oldest of them has waited, in whole seconds; null when there is none. */
  oldestPendingSeconds: number | null;
}

/** What the outbox still owes the platforms, for /healthz: a growing age means sending is stuck. */
export async function readOutboxBacklog(db: Db, now: Date): Promise<OutboxBacklog> {
  const where = { status: { in: ['pending', 'sending'] } };
  const backlog = await db.outboxMessage.count({ where });
  const oldest = await db.outboxMessage.findFirst({
    where,
    orderBy: { createdAt: 'asc' },
    select: { createdAt: true },
  });
  return {
    backlog,
    oldestPendingSeconds: oldest
      ? Math.max(0, Math.floor((now.getTime() - oldest.createdAt.getTime()) / 1000))
      : null,
  };
}
