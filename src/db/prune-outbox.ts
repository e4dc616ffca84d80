import type { Db } from './client.ts';

const batchSize = 500;
/** Bounds one run: 2,000 batches of 500 is a million rows; the rest waits for the next night. */
const maxBatches = 2000;

/**
 * Retention for the outbox: rows older than `before` go, except what is still needed.
 * - Sent messages are deleted, but the newest sent message of each card key is kept with its body
 *   emptied: that row is how a later update of the card finds the message to change in place.
 * - Dead (failed) messages are deleted once they are that old, counted from their last requeue: an
 *   operator has had the whole retention period to retry them.
 * - Held pages ("show more" never pressed) are deleted.
 * Pending and sending messages are never touched. Rows are visited in id order in small batches, so
 * the work takes turns with the service's own statements.
 */
export async function pruneOutbox(db: Db, before: Date): Promise<{ deleted: number; emptied: number }> {
  let deleted = 0;
  let emptied = 0;
  let cursor = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const rows = await db.outboxMessage.findMany({
      where: { id: { gt: cursor }, createdAt: { lt: before } },
      orderBy: { id: 'asc' },
      take: batchSize,
      select: { id: true, platform: true, status: true, cardKey: true, sentAt: true, requeuedAt: true },
    });
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    const sent = rows.filter((row) => row.status === 'sent' && row.sentAt && row.sentAt < before);
    const newest = await newestSentOfKeys(db, sent);
    const keep = new Set(
      sent.filter((row) => row.cardKey && newest.get(keyOf(row)) === row.id).map((row) => row.id),
    );
    const drop = [
      ...sent.filter((row) => !keep.has(row.id)),
      ...rows.filter((row) => row.status === 'held'),
      ...rows.filter((row) => row.status === 'failed' && (!row.requeuedAt || row.requeuedAt < before)),
    ].map((row) => row.id);
    if (drop.length > 0)
      deleted += (await db.outboxMessage.deleteMany({ where: { id: { in: drop } } })).count;
    if (keep.size > 0)
      emptied += (
        await db.outboxMessage.updateMany({
          where: { id: { in: [...keep] }, body: { not: '' } },
          data: { body: '' },
        })
      ).count;
  }
  return { deleted, emptied };
}

function keyOf(row: { platform: string; cardKey: string | null }): string {
  return `${row.platform}\u0000${row.cardKey}`;
}

/** For the card keys among these rows: the id of the newest sent message with that key, by platform. */
async function newestSentOfKeys(
  db: Db,
  rows: { platform: string; cardKey: string | null }[],
): Promise<Map<string, number>> {
  const keys = [...new Set(rows.flatMap((row) => (row.cardKey ? [row.cardKey] : [])))];
  if (keys.length === 0) return new Map();
  const groups = await db.outboxMessage.groupBy({
    by: ['platform', 'cardKey'],
    where: { status: 'sent', cardKey: { in: keys } },
    _max: { id: true },
  });
  return new Map(groups.map((group) => [keyOf(group), group._max.id ?? 0]));
}
