import type { Db } from '../../db/client.ts';
import {
  type ClaimedMessage,
  claimDueMessages,
  findNextAttempt,
  findSentCard,
  markFailed,
  markRetry,
  markSent,
  type OutboxPlatform,
  type StoredMessage,
} from '../../db/outbox.ts';
import { giveUpReason, type OutboxLimits, readOutboxLimits } from '../../db/outbox-limits.ts';
import type { Logger } from '../../logger.ts';

/** What a platform's sender made of one message. */
export type SendOutcome =
  /** Delivered; `ref` is the platform's id of the message, for later updates. */
  | { kind: 'sent'; ref?: string }
  /**
   * Try again later: a rate limit (with the wait the platform asked for, which pauses the whole
   * platform; it does not count as an attempt and surely did not deliver), a 5xx or a network error
   * (backed off per message; it may have delivered, so the next attempt looks first where it can).
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
  /**
   * How long a sender may hold a message before another takes it over (its process is taken for dead).
   * Longer than one send can take: a few API calls of at most 10 s each.
   */
  leaseMs?: number;
  /** When to give up on a message; by default the `outbox.*` settings, read each round. */
  limits?: () => Promise<OutboxLimits>;
}

const firstBackoffMs = 1000;
const maxBackoffMs = 5 * 60_000;

/**
 * Retries double from 1 s up to 5 minutes, until the message is too old or has failed too often
 * (settings `outbox.max_attempts`, `outbox.max_age_hours`); then it is dead (status failed), stops
 * holding up its conversation, and waits for an operator (`crm outbox --failed`, `--retry`).
 */
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
  const leaseMs = deps.leaseMs ?? 90_000;
  const readLimits = deps.limits ?? (() => readOutboxLimits(deps.db));
  const log = deps.logger.child({ platform: deps.platform, component: 'outbox' });
  const context: SendContext = { findSentCard: (key) => findSentCard(deps.db, deps.platform, key) };
  let running = false;
  let pausedUntil = 0;
  let timer: NodeJS.Timeout | undefined;
  let loop: Promise<void> | undefined;
  let again = false;

  async function sendOne(message: ClaimedMessage, limits: OutboxLimits): Promise<void> {
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
      await markSent(deps.db, message, outcome.ref, at);
      return;
    }
    if (outcome.kind === 'failed') {
      log.error({ ...fields, reason: outcome.reason }, 'message refused by the platform: not retried');
      await markFailed(deps.db, message, outcome.reason);
      return;
    }
    // A wait the platform asked for is a rate limit: it answered, so nothing was delivered.
    const waited = outcome.afterMs !== undefined;
    const givenUp = giveUpReason(message, { counts: !waited, at }, limits);
    if (givenUp) {
      log.error(
        { ...fields, reason: outcome.reason, attempts: message.attempts + 1 },
        'message given up: moved to the dead letter',
      );
      await markFailed(deps.db, message, `${givenUp}: ${outcome.reason}`, !waited);
      return;
    }
    if (waited) pausedUntil = Math.max(pausedUntil, at.getTime() + outcome.afterMs!);
    const wait = outcome.afterMs ?? backoffMs(message.attempts);
    log.warn({ ...fields, reason: outcome.reason, retryInMs: wait }, 'message not sent: will retry');
    await markRetry(deps.db, message, {
      nextAttemptAt: new Date(at.getTime() + wait),
      error: outcome.reason,
      counts: !waited,
      mayHaveLanded: !waited,
    });
  }

  /** Sends rounds of due messages until none is due; the number of messages it tried. */
  async function sendDue(): Promise<number> {
    let tried = 0;
    const limits = await readLimits();
    for (;;) {
      if (Date.now() < pausedUntil) return tried;
      const due = await claimDueMessages(deps.db, deps.platform, now(), concurrency, leaseMs);
      if (due.length === 0) return tried;
      await Promise.all(due.map((message) => sendOne(message, limits)));
      tried += due.length;
    }
  }

  async function nextWakeMs(): Promise<number> {
    const next = await findNextAttempt(deps.db, deps.platform, leaseMs);
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
