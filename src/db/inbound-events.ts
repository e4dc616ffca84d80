import { type Db, toDbTime } from './client.ts';
import { enqueueMessages, type OutgoingMessage } from './outbox.ts';
import { urgent } from './take-turns.ts';

/** What became of one delivery offered for recording. */
export type RecordOutcome =
  | { kind: 'fresh' }
  /** Recorded before (or earlier in the same batch): the platform redelivered it. */
  | { kind: 'redelivered' }
  /** Not recorded: the payload cannot be stored (nested too deep, or not serialisable). */
  | { kind: 'unrecordable'; reason: 'too_deep' | 'unserialisable' }
  /** Not recorded: the database refused it. */
  | { kind: 'failed'; error: unknown };

/** Deeper payloads are refused: no platform event we keep is nested more than a dozen levels. */
const maxPayloadDepth = 64;

/**
 * Records a burst of events of one platform, claimed by `claimedBy` (the recording process works on
 * them); the outcome of each, in the order given. Within the batch an id counts once, so a redelivery
 * that arrives beside the original is still a redelivery. A payload that cannot be stored is refused
 * on its own, and if the one statement for the batch fails each event is tried alone, so that one bad
 * delivery never fails the others.
 */
export async function recordInboundEvents(
  db: Db,
  platform: string,
  events: { eventId: string; payload: unknown }[],
  claimedBy: string,
  now: Date,
): Promise<RecordOutcome[]> {
  const outcomes: RecordOutcome[] = events.map(() => ({ kind: 'redelivered' }));
  const rows: { index: number; eventId: string; payload: string }[] = [];
  const seen = new Set<string>();
  events.forEach((event, index) => {
    if (seen.has(event.eventId)) return;
    const serialised = serialise(event.payload);
    if (typeof serialised !== 'string') {
      outcomes[index] = serialised;
      return;
    }
    seen.add(event.eventId);
    rows.push({ index, eventId: event.eventId, payload: serialised });
  });
  try {
    const fresh = await insertClaimed(db, platform, rows, claimedBy, now);
    for (const row of rows) if (fresh.has(row.eventId)) outcomes[row.index] = { kind: 'fresh' };
  } catch (error) {
    if (rows.length === 1) outcomes[rows[0]!.index] = { kind: 'failed', error };
    else
      for (const row of rows) {
        try {
          const fresh = await insertClaimed(db, platform, [row], claimedBy, now);
          if (fresh.has(row.eventId)) outcomes[row.index] = { kind: 'fresh' };
        } catch (alone) {
          outcomes[row.index] = { kind: 'failed', error: alone };
        }
      }
  }
  return outcomes;
}

async function insertClaimed(
  db: Db,
  platform: string,
  rows: { eventId: string; payload: string }[],
  claimedBy: string,
  now: Date,
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const at = toDbTime(now);
  const values = rows.flatMap((row) => [platform, row.eventId, 'received', row.payload, at, claimedBy, at]);
  // The platform waits for this one: it goes before the work queued for the connection.
  const inserted = await db.$queryRawUnsafe<{ eventId: string }[]>(
    `${urgent}INSERT INTO InboundEvent (platform, eventId, status, payload, receivedAt, claimedBy, claimedAt) VALUES ${rows
      .map(() => '(?, ?, ?, ?, ?, ?, ?)')
      .join(', ')} ON CONFLICT(platform, eventId) DO NOTHING RETURNING eventId`,
    ...values,
  );
  return new Set(inserted.map((row) => row.eventId));
}

function serialise(payload: unknown): string | Extract<RecordOutcome, { kind: 'unrecordable' }> {
  if (isDeeperThan(payload, maxPayloadDepth)) return { kind: 'unrecordable', reason: 'too_deep' };
  try {
    const text = JSON.stringify(payload);
    return typeof text === 'string' ? text : { kind: 'unrecordable', reason: 'unserialisable' };
  } catch {
    // A cycle or a BigInt: a payload we did not build from JSON. Refused, not an error of ours.
    return { kind: 'unrecordable', reason: 'unserialisable' };
  }
}

/** Without recursion: a payload nested thousands deep must not exhaust the stack here either. */
function isDeeperThan(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.value === null || typeof next.value !== 'object') continue;
    if (next.depth >= limit) return true;
    for (const child of Object.values(next.value)) stack.push({ value: child, depth: next.depth + 1 });
  }
  return false;
}

/**
 * Takes over the events that no live process works on: recorded, not finished, and claimed by another
 * process (one that died) or by none. One statement, so two processes recovering at once cannot
 * both take an event.
 */
export async function claimUnfinishedEvents(
  db: Db,
  platform: string,
  claimedBy: string,
  now: Date,
): Promise<{ eventId: string; payload: unknown }[]> {
  const rows = await db.$queryRawUnsafe<{ id: number; eventId: string; payload: string }[]>(
    `UPDATE InboundEvent SET claimedBy = ?, claimedAt = ? WHERE platform = ? AND status = 'received'
       AND (claimedBy IS NULL OR claimedBy <> ?) RETURNING id, eventId, payload`,
    claimedBy,
    toDbTime(now),
    platform,
    claimedBy,
  );
  return rows
    .sort((a, b) => Number(a.id) - Number(b.id))
    .map((row) => ({ eventId: row.eventId, payload: JSON.parse(row.payload) as unknown }));
}

/**
 * Finishes an event: marks it processed and queues its reply in one transaction, so that an event is
 * never done without its reply nor its reply queued twice. False, with nothing written, when the
 * event is no longer this claimant's (another process took it over).
 */
export async function completeInboundEvent(
  db: Db,
  event: { platform: string; eventId: string; claimedBy: string },
  reply: OutgoingMessage[],
  now: Date,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.inboundEvent.updateMany({
      where: {
        platform: event.platform,
        eventId: event.eventId,
        claimedBy: event.claimedBy,
        status: 'received',
      },
      data: { status: 'processed', processedAt: now },
    });
    if (count !== 1) return false;
    await enqueueMessages(tx, reply, now);
    return true;
  });
}

export async function markInboundEventFailed(
  db: Db,
  event: { platform: string; eventId: string; claimedBy: string },
  now: Date,
): Promise<void> {
  // updateMany: the row (with the whole payload) is not read back.
  await db.inboundEvent.updateMany({
    where: {
      platform: event.platform,
      eventId: event.eventId,
      claimedBy: event.claimedBy,
      status: 'received',
    },
    data: { status: 'failed', processedAt: now },
  });
}
