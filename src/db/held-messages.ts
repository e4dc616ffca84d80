import type { Db } from './client.ts';
import type { OutgoingMessage } from './outbox.ts';

// A held message is an outbox message that waits for a person to ask for it: the rest of a card too
// long for one chat message, posted when they press "show more". Releasing makes it an ordinary
// pending message, so it is sent, retried and ordered like any other.

export async function holdMessage(db: Db, message: OutgoingMessage, now: Date): Promise<number> {
  const row = await db.outboxMessage.create({
    data: {
      platform: message.platform,
      conversation: message.conversation,
      op: message.op,
      body: JSON.stringify(message.body),
      cardKey: message.cardKey ?? null,
      status: 'held',
      nextAttemptAt: now,
      createdAt: now,
    },
    select: { id: true },
  });
  return row.id;
}

/** False when there is no such held message (already released by an earlier press). */
export async function releaseHeldMessage(db: Db, platform: string, id: number, now: Date): Promise<boolean> {
  const { count } = await db.outboxMessage.updateMany({
    where: { id, platform, status: 'held' },
    data: { status: 'pending', nextAttemptAt: now },
  });
  return count > 0;
}
