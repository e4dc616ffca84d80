import type { Db } from '../../db/client.ts';
import {
  findHandledEvents,
  listUnprocessedEvents,
  markInboundEvent,
  recordInboundEvents,
} from '../../db/inbound-events.ts';
import type { Logger } from '../../logger.ts';

export interface InboundQueue<T> {
  /**
   * Records the event and queues it for processing; resolves once it is recorded, which is when the
   * platform may be acknowledged. False for a redelivery of an event recorded before.
   */
  accept(eventId: string, payload: T): Promise<boolean>;
  /** Processes the events recorded but not processed when the last process stopped. */
  recover(): Promise<number>;
  /** Resolves when everything accepted so far has been processed. */
  drain(): Promise<void>;
}

export interface InboundQueueDeps<T> {
  db: Db;
  logger: Logger;
  platform: string;
  /** Events with the same key (a chat) are processed one after the other, in order of arrival. */
  orderKey(payload: T): string;
  process(payload: T, eventId: string): Promise<void>;
  now?: () => Date;
  /** Events processed at once (across chats); the rest wait, so a burst cannot starve the acknowledgements. */
  concurrency?: number;
}

/** Events recorded in one INSERT at most; a burst beyond it is split. */
const maxBatch = 400;

/**
 * The edge's contract with the platforms: record first, acknowledge, then work. Nothing the core does
 * can delay the acknowledgement, and an event recorded before a crash is processed at the next start.
 */
export function createInboundQueue<T>(deps: InboundQueueDeps<T>): InboundQueue<T> {
  const now = deps.now ?? (() => new Date());
  const chains = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  const slots = createSlots(deps.concurrency ?? 4);
  let batch: { eventId: string; payload: T; done: (fresh: boolean) => void; fail: (e: unknown) => void }[] =
    [];
  let flushing: Promise<void> | undefined;

  async function processOne(eventId: string, payload: T): Promise<void> {
    await slots.take();
    let status: 'processed' | 'failed' = 'processed';
    try {
      await deps.process(payload, eventId);
    } catch (error) {
      // The core answers its own errors; this is the adapter failing to turn it into a reply.
      status = 'failed';
      deps.logger.error({ err: error, platform: deps.platform, eventId }, 'inbound event failed');
    }
    await markInboundEvent(deps.db, deps.platform, eventId, status, now()).catch((error: unknown) =>
      deps.logger.error({ err: error, eventId }, 'could not mark the inbound event'),
    );
    // Let waiting acknowledgements (I/O) run before the next event's work starts.
    await new Promise((resolve) => setImmediate(resolve));
    slots.give();
  }

  function enqueue(eventId: string, payload: T): void {
    const key = deps.orderKey(payload);
    const previous = chains.get(key) ?? Promise.resolve();
    const next = previous.then(() => processOne(eventId, payload));
    chains.set(key, next);
    inFlight.add(next);
    void next.finally(() => {
      inFlight.delete(next);
      if (chains.get(key) === next) chains.delete(key);
    });
  }

  /**
   * Group commit: the deliveries that arrive in the same turn of the event loop are recorded in one
   * statement, so a burst of 200 costs one write instead of 200 (each write alone takes about 1 ms).
   */
  async function flush(): Promise<void> {
    while (batch.length > 0) {
      const taken = batch.slice(0, maxBatch);
      batch = batch.slice(taken.length);
      try {
        const fresh = await recordInboundEvents(deps.db, deps.platform, taken, now());
        for (const entry of taken) {
          const isFresh = fresh.delete(entry.eventId);
          if (isFresh) setImmediate(() => enqueue(entry.eventId, entry.payload));
          entry.done(isFresh);
        }
      } catch (error) {
        for (const entry of taken) entry.fail(error);
      }
    }
  }

  function scheduleFlush(): void {
    if (flushing) return;
    flushing = new Promise<void>((resolve) => setImmediate(resolve)).then(flush).finally(() => {
      flushing = undefined;
      if (batch.length > 0) scheduleFlush();
    });
  }

  return {
    accept(eventId, payload) {
      return new Promise<boolean>((done, fail) => {
        batch.push({ eventId, payload, done, fail });
        scheduleFlush();
      });
    },
    async recover() {
      const pending = await listUnprocessedEvents(deps.db, deps.platform);
      const handled = await findHandledEvents(
        deps.db,
        deps.platform,
        pending.map((event) => event.eventId),
      );
      for (const event of pending) {
        if (!handled.has(event.eventId)) {
          enqueue(event.eventId, event.payload as T);
          continue;
        }
        // Running it again would log the visit twice; the reply it was about to send is what is lost.
        await markInboundEvent(deps.db, deps.platform, event.eventId, 'processed', now());
        deps.logger.warn(
          { platform: deps.platform, eventId: event.eventId },
          'an event recovered after a crash had already been handled: not run again, its reply may be missing',
        );
      }
      const count = pending.length - handled.size;
      if (count > 0) deps.logger.info({ platform: deps.platform, count }, 'recovering unprocessed events');
      return count;
    },
    async drain() {
      while (flushing) await flushing;
      await new Promise((resolve) => setImmediate(resolve));
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
  };
}

/** A counting semaphore: at most `size` holders at once, the others wait in arrival order. */
function createSlots(size: number) {
  let free = size;
  const waiting: (() => void)[] = [];
  return {
    take(): Promise<void> {
      if (free > 0) {
        free -= 1;
        return Promise.resolve();
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    give(): void {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    },
  };
}
