import type { Db } from './client.ts';

const batchSize = 1000;
const maxBatches = 1000;

/**
 * Retention for inbound events: those finished (processed, or failed) before `before` are deleted with
 * their payloads. Unfinished ones (received, waiting for recovery) are never touched.
 *
 * Redeliveries are recognised by the row's platform event id, so a deleted row no longer catches one;
 * that is safe because the platforms redeliver within a window far shorter than any retention allowed
 * (Slack: 3 retries within about 5 minutes; Feishu: 4 within about 7 hours; retention is at least a day).
 */
export async function pruneInboundEvents(db: Db, before: Date): Promise<number> {
  let deleted = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const rows = await db.inboundEvent.findMany({
      where: { status: { in: ['processed', 'failed'] }, processedAt: { lt: before } },
      take: batchSize,
      select: { id: true },
    });
    if (rows.length === 0) break;
    const { count } = await db.inboundEvent.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
    deleted += count;
    if (rows.length < batchSize) break;
  }
  return deleted;
}
