import type { Db } from '../../db/client.ts';
import {
  findDueMessages,
  findNextAttempt,
  findSentCard,
  markFailed,
  markRetry,
  markSent,
  type OutboxPlatform,
  type StoredMessage,
} from '../../db/outbox.ts';
import type { Logger } from '../../logger.ts';

/** What a platform's sender made of one message. */
export type SendOutcome =
  /** Delivered; `ref` is the platform's id of the message, for later updates. */
  | { kind: 'sent'; ref?: string }
  /**
   * Try again later: a rate limit (with the wait the platform asked for, which pauses the whole
   * platform), a 5xx or a network error (backed off per message).
   */
  | { kind: 'retry'; reason: string; afterMs?: number }
  /** The platform refused it for good (no such channel, a malformed card): logged, never retried. */
  | { kind: 'failed'; reason: string };

export interface SendContext {
  /** Where the card with this key was last sent, to update it in place. */
  findSentCard(cardKey: string): Promise<{ conversation: string; ref: string } | null>;
}

export type SendMessage = (message: StoredMessage, context: SendContext) => Promise<SendOutcome>;

export interface OutboxWorker {
  start(): void;
  /** Look for due messages now (after new ones were stored). */
  wake(): void;
  /** Resolves when no message is due now: everything sent, failed or waiting for a later attempt. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

export interface OutboxWorkerDeps {
  db: Db;
  logger: Logger;
  platform: OutboxPlatform;
  send: SendMessage;
  now?: () => Date;
  /** Messages sent at once, each to a different conversation. */
  concurrency?: number;
  /** Longest sleep between looks when nothing wakes the worker. */
  pollMs?: number;
  /** Awaited before each send: the platform's acknowledgement gate, so answers to requests come first. */
  waitTurn?: () => Promise<void>;
}

const firstBackoffMs = 1000;
const maxBackoffMs = 5 * 60_000;

/** Retries double from 1 s up to 5 minutes and never give up: a message is not lost to an outage. */
export function backoffMs(attempts: number): number {
  return Math.min(maxBackoffMs, firstBackoffMs * 2 ** Math.min(attempts, 20));
}

/**
 * Sends a platform's stored messages. Each conversation's messages go out one at a time in order;
 * different conversations go out side by side. State lives in the database, so a restart carries on
 * where the last process stopped.
 */
export function createOutboxWorker(deps: OutboxWorkerDeps): OutboxWorker {
  const now = deps.now ?? (() => new Date());
  const concurrency = deps.concurrency ?? 8;
  const pollMs = deps.pollMs ?? 5000;
  const log = deps.logger.child({ platform: deps.platform, component: 'outbox' });
  const context: SendContext = { findSentCard: (key) => findSentCard(deps.db, deps.platform, key) };
  let running = false;
  let pausedUntil = 0;
  let timer: NodeJS.Timeout | undefined;
  let loop: Promise<void> | undefined;
  let again = false;

  async function sendOne(message: StoredMessage): Promise<void> {
    let outcome: SendOutcome;
    try {
      await deps.waitTurn?.();
      outcome = await deps.send(message, context);
    } catch (error) {
      outcome = { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
    }
    const at = now();
    const fields = { messageId: message.id, conversation: message.conversation, op: message.op };
    if (outcome.kind === 'sent') {
      await markSent(deps.db, message.id, outcome.ref, at);
    } else if (outcome.kind === 'failed') {
      log.error({ ...fields, reason: outcome.reason }, 'message refused by the platform: not retried');
      await markFailed(deps.db, message.id, outcome.reason);
    } else {
      if (outcome.afterMs !== undefined) pausedUntil = Math.max(pausedUntil, at.getTime() + outcome.afterMs);
      const wait = outcome.afterMs ?? backoffMs(message.attempts);
      log.warn({ ...fields, reason: outcome.reason, retryInMs: wait }, 'message not sent: will retry');
      await markRetry(deps.db, message.id, new Date(at.getTime() + wait), outcome.reason);
    }
  }

  /** Sends rounds of due messages until none is due; the number of messages it tried. */
  async function sendDue(): Promise<number> {
    let tried = 0;
    for (;;) {
      if (Date.now() < pausedUntil) return tried;
      const due = await findDueMessages(deps.db, deps.platform, now(), concurrency);
      if (due.length === 0) return tried;
      await Promise.all(due.map(sendOne));
      tried += due.length;
    }
  }

  async function nextWakeMs(): Promise<number> {
    const next = await findNextAttempt(deps.db, deps.platform);
    const untilDue = next ? next.getTime() - now().getTime() : pollMs;
    return Math.max(
      10,
      Math.min(pollMs, untilDue, pausedUntil > Date.now() ? pausedUntil - Date.now() : pollMs),
    );
  }

  function run(): Promise<void> {
    if (loop) {
      again = true;
      return loop;
    }
    loop = (async () => {
      do {
        again = false;
        try {
          await sendDue();
        } catch (error) {
          // The database was busy or gone: the messages stay pending and the next look retries them.
          log.error({ err: error }, 'outbox round failed');
        }
      } while (again);
    })().finally(() => {
      loop = undefined;
      schedule();
    });
    return loop;
  }

  function schedule(): void {
    if (!running) return;
    clearTimeout(timer);
    void nextWakeMs()
      .catch(() => pollMs)
      .then((ms) => {
        if (!running) return;
        clearTimeout(timer);
        timer = setTimeout(() => void run(), ms);
        timer.unref();
      });
  }

  return {
    start() {
      running = true;
      void run();
    },
    wake() {
      void run();
    },
    async drain() {
      await run();
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      await loop;
    },
  };
}
