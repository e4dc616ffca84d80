import { type Db, toDbTime } from './client.ts';
import { urgent } from './take-turns.ts';

/**
 * Records a burst of events of one platform in one statement; the ids of those that were new. Within
 * the batch an id counts once, so a redelivery that arrives beside the original is still a redelivery.
 */
export async function recordInboundEvents(
  db: Db,
  platform: string,
  events: { eventId: string; payload: unknown }[],
  now: Date,
): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const at = toDbTime(now);
  const values = events.flatMap((event) => [
    platform,
    event.eventId,
    'received',
    JSON.stringify(event.payload),
    at,
  ]);
  // The platform waits for this one: it goes before the work queued for the connection.
  const rows = await db.$queryRawUnsafe<{ eventId: string }[]>(
    `${urgent}INSERT INTO InboundEvent (platform, eventId, status, payload, receivedAt) VALUES ${events
      .map(() => '(?, ?, ?, ?, ?)')
      .join(', ')} ON CONFLICT(platform, eventId) DO NOTHING RETURNING eventId`,
    ...values,
  );
  return new Set(rows.map((row) => row.eventId));
}

export async function markInboundEvent(
  db: Db,
  platform: string,
  eventId: string,
  status: 'processed' | 'failed',
  now: Date,
): Promise<void> {
  // updateMany: the row (with the whole payload) is not read back.
  await db.inboundEvent.updateMany({
    where: { platform, eventId },
    data: { status, processedAt: now },
  });
}

/** Events recorded but never processed: the process stopped between the acknowledgement and the work. */
export async function listUnprocessedEvents(
  db: Db,
  platform: string,
): Promise<{ eventId: string; payload: unknown }[]> {
  const rows = await db.inboundEvent.findMany({
    where: { platform, status: 'received' },
    orderBy: { id: 'asc' },
  });
  return rows.map((row) => ({ eventId: row.eventId, payload: JSON.parse(row.payload) as unknown }));
}

/**
 * Of these events, those whose work is already in the database: the core audits every write with the
 * event as its source ("slack:Ev123"). A crash after the use case committed but before the event was
 * marked processed leaves such an event looking unprocessed.
 */
export async function findHandledEvents(db: Db, platform: string, eventIds: string[]): Promise<Set<string>> {
  const handled = new Set<string>();
  for (let start = 0; start < eventIds.length; start += 500) {
    const sources = eventIds.slice(start, start + 500).map((eventId) => `${platform}:${eventId}`);
    const rows = await db.auditLog.findMany({
      where: { source: { in: sources } },
      select: { source: true },
      distinct: ['source'],
    });
    for (const row of rows) if (row.source) handled.add(row.source.slice(platform.length + 1));
  }
  return handled;
}
