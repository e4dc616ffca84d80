import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import {
  claimUnfinishedEvents,
  completeInboundEvent,
  markInboundEventFailed,
  recordInboundEvents,
} from '../../db/inbound-events.ts';
import type { OutgoingMessage } from '../../db/outbox.ts';
import type { Logger } from '../../logger.ts';

export interface InboundQueue<T> {
  /**
   * Records the event and queues it for processing; resolves once it is recorded, which is when the
   * platform may be acknowledged. False for a redelivery of an event recorded before. Rejects with an
   * `UnrecordableEventError` (HTTP 400) when the payload cannot be stored.
   */
  accept(eventId: string, payload: T): Promise<boolean>;
  /** Takes over and processes the events recorded but not finished by a process that stopped. */
  recover(): Promise<number>;
  /** Resolves when everything accepted so far has been processed. */
  drain(): Promise<void>;
}

/** One recorded event as the processor gets it. */
export interface InboundWork {
  eventId: string;
  /** Taken over after a crash: the work may already be committed (the core then only answers). */
  recovered: boolean;
  /**
   * Queues the reply and marks the event processed in one transaction; call it once, last. An event
   * whose processor returns without calling it is marked processed with no reply.
   */
  complete(reply: OutgoingMessage[]): Promise<void>;
}

export interface InboundQueueDeps<T> {
  db: Db;
  logger: Logger;
  platform: string;
  /** Events with the same key (a chat) are processed one after the other, in order of arrival. */
  orderKey(payload: T): string;
  process(payload: T, work: InboundWork): Promise<void>;
  now?: () => Date;
  /** Events processed at once (across chats); the rest wait, so a burst cannot starve the acknowledgements. */
  concurrency?: number;
  /** Names this process in the claims it takes (default: host, pid and a random part). */
  claimant?: string;
}

/** A delivery whose payload cannot be stored: the platform's request gets 400, the others go on. */
export class UnrecordableEventError extends Error {
  readonly httpStatus = 400;
  readonly code = 'unrecordable_event';
  constructor(readonly reason: string) {
    super(`inbound event not recorded: ${reason}`);
    this.name = 'UnrecordableEventError';
  }
}

/** Events recorded in one INSERT at most; a burst beyond it is split. */
const maxBatch = 400;

/**
 * The edge's contract with the platforms: record first, acknowledge, then work. Nothing the core does
 * can delay the acknowledgement, and an event recorded before a crash is processed at the next start.
 * Each event is claimed by the process that records it; recovery only takes events whose claimant is
 * gone, so an event is never worked on by two processes (or twice by one).
 */
export function createInboundQueue<T>(deps: InboundQueueDeps<T>): InboundQueue<T> {
  const now = deps.now ?? (() => new Date());
  const claimant = deps.claimant ?? `${process.pid}:${randomUUID()}`;
  const chains = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  const slots = createSlots(deps.concurrency ?? 4);
  let batch: { eventId: string; payload: T; done: (fresh: boolean) => void; fail: (e: unknown) => void }[] =
    [];
  let flushing: Promise<void> | undefined;

  async function processOne(eventId: string, payload: T, recovered: boolean): Promise<void> {
    await slots.take();
    const event = { platform: deps.platform, eventId, claimedBy: claimant };
    let completed = false;
    const complete = async (reply: OutgoingMessage[]) => {
      if (completed) throw new Error('an inbound event was completed twice');
      completed = true;
      if (!(await completeInboundEvent(deps.db, event, reply, now())))
        deps.logger.warn({ platform: deps.platform, eventId }, 'inbound event taken over by another process');
    };
    try {
      await deps.process(payload, { eventId, recovered, complete });
      if (!completed) await complete([]);
    } catch (error) {
      // The core answers its own errors; this is the adapter failing to turn it into a reply.
      deps.logger.error({ err: error, platform: deps.platform, eventId }, 'inbound event failed');
      if (!completed)
        await markInboundEventFailed(deps.db, event, now()).catch((markError: unknown) =>
          deps.logger.error({ err: markError, eventId }, 'could not mark the inbound event'),
        );
    }
    // Let waiting acknowledgements (I/O) run before the next event's work starts.
    await new Promise((resolve) => setImmediate(resolve));
    slots.give();
  }

  function enqueue(eventId: string, payload: T, recovered: boolean): void {
    const key = deps.orderKey(payload);
    const previous = chains.get(key) ?? Promise.resolve();
    const next = previous.then(() => processOne(eventId, payload, recovered));
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
      let outcomes: Awaited<ReturnType<typeof recordInboundEvents>>;
      try {
        outcomes = await recordInboundEvents(deps.db, deps.platform, taken, claimant, now());
      } catch (error) {
        for (const entry of taken) entry.fail(error);
        continue;
      }
      taken.forEach((entry, index) => {
        const outcome = outcomes[index]!;
        if (outcome.kind === 'fresh') {
          setImmediate(() => enqueue(entry.eventId, entry.payload, false));
          entry.done(true);
        } else if (outcome.kind === 'redelivered') entry.done(false);
        else if (outcome.kind === 'unrecordable') {
          deps.logger.warn(
            { platform: deps.platform, eventId: entry.eventId, reason: outcome.reason },
            'inbound event refused: cannot be recorded',
          );
          entry.fail(new UnrecordableEventError(outcome.reason));
        } else entry.fail(outcome.error);
      });
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
      const taken = await claimUnfinishedEvents(deps.db, deps.platform, claimant, now());
      // The core tells from the audit log whether the work was committed before the crash.
      for (const event of taken) enqueue(event.eventId, event.payload as T, true);
      if (taken.length > 0)
        deps.logger.info({ platform: deps.platform, count: taken.length }, 'recovering unfinished events');
      return taken.length;
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
