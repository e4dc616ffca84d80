import type { Db } from '../../db/client.ts';
import { listUnprocessedEvents, markInboundEvent, recordInboundEvent } from '../../db/inbound-events.ts';
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
}

/**
 * The edge's contract with the platforms: record first, acknowledge, then work. Nothing the core does
 * can delay the acknowledgement, and an event recorded before a crash is processed at the next start.
 */
export function createInboundQueue<T>(deps: InboundQueueDeps<T>): InboundQueue<T> {
  const now = deps.now ?? (() => new Date());
  const chains = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();

  async function processOne(eventId: string, payload: T): Promise<void> {
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

  return {
    async accept(eventId, payload) {
      const fresh = await recordInboundEvent(deps.db, { platform: deps.platform, eventId, payload }, now());
      if (fresh) setImmediate(() => enqueue(eventId, payload));
      return fresh;
    },
    async recover() {
      const pending = await listUnprocessedEvents(deps.db, deps.platform);
      for (const event of pending) enqueue(event.eventId, event.payload as T);
      if (pending.length > 0)
        deps.logger.info({ platform: deps.platform, count: pending.length }, 'recovering unprocessed events');
      return pending.length;
    },
    async drain() {
      await new Promise((resolve) => setImmediate(resolve));
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
  };
}
