import pino from 'pino';
import { describe, expect, it } from 'vitest';
import {
  createOutboxWorker,
  type SendMessage,
  type SendOutcome,
} from '../../../src/adapters/shared/outbox-worker.ts';
import type { Db } from '../../../src/db/client.ts';
import { enqueueMessages, type OutgoingMessage, type StoredMessage } from '../../../src/db/outbox.ts';
import { createTestDb } from '../../helpers/db.ts';

const logger = pino({ level: 'silent' });

function message(conversation: string, text: string, cardKey?: string): OutgoingMessage {
  return { platform: 'slack', conversation, op: 'post', body: { text }, cardKey };
}

/** A fake platform: records what it was sent and answers each attempt from a script. */
function fakePlatform(
  script: (message: StoredMessage, attempt: number) => SendOutcome | Error = () => ({ kind: 'sent' }),
) {
  const sent: string[] = [];
  const attempts = new Map<number, number>();
  const send: SendMessage = async (message) => {
    const attempt = (attempts.get(message.id) ?? 0) + 1;
    attempts.set(message.id, attempt);
    const outcome = script(message, attempt);
    if (outcome instanceof Error) throw outcome;
    if (outcome.kind === 'sent') sent.push((message.body as { text: string }).text);
    return outcome;
  };
  return { send, sent, attempts };
}

async function statuses(db: Db) {
  const rows = await db.outboxMessage.findMany({ orderBy: { id: 'asc' } });
  return rows.map((row) => ({ status: row.status, attempts: row.attempts, lastError: row.lastError }));
}

describe('outbox worker', () => {
  it('sends each conversation in the order the messages were stored', async () => {
    const { db } = await createTestDb();
    const platform = fakePlatform();
    await enqueueMessages(
      db,
      [message('C1', 'a1'), message('C2', 'b1'), message('C1', 'a2'), message('C1', 'a3')],
      new Date(),
    );
    const worker = createOutboxWorker({ db, logger, platform: 'slack', send: platform.send });
    await worker.drain();
    expect(platform.sent.filter((text) => text.startsWith('a'))).toEqual(['a1', 'a2', 'a3']);
    expect(platform.sent).toContain('b1');
    expect((await statuses(db)).every((row) => row.status === 'sent')).toBe(true);
  });

  it('a message waits while the one before it in its conversation is being retried', async () => {
    const { db } = await createTestDb();
    const platform = fakePlatform((message, attempt) =>
      (message.body as { text: string }).text === 'a1' && attempt === 1
        ? { kind: 'retry', reason: 'http_503' }
        : { kind: 'sent' },
    );
    await enqueueMessages(db, [message('C1', 'a1'), message('C1', 'a2'), message('C2', 'b1')], new Date());
    const worker = createOutboxWorker({ db, logger, platform: 'slack', send: platform.send });
    await worker.drain();
    // a1 is backed off; a2 must not overtake it, b1 in another conversation goes out.
    expect(platform.sent).toEqual(['b1']);
    expect(await statuses(db)).toEqual([
      { status: 'pending', attempts: 1, lastError: 'http_503' },
      { status: 'pending', attempts: 0, lastError: null },
      { status: 'sent', attempts: 1, lastError: null },
    ]);
  });

  it('a network error is retried after a back-off and then sent', async () => {
    const { db } = await createTestDb();
    let clock = new Date('2026-11-23T02:00:00Z');
    const platform = fakePlatform((_message, attempt) =>
      attempt === 1 ? new Error('ECONNRESET') : { kind: 'sent' },
    );
    await enqueueMessages(db, [message('C1', 'hello')], clock);
    const worker = createOutboxWorker({
      db,
      logger,
      platform: 'slack',
      send: platform.send,
      now: () => clock,
    });
    await worker.drain();
    expect(platform.sent).toEqual([]);
    clock = new Date(clock.getTime() + 999);
    await worker.drain();
    expect(platform.sent).toEqual([]);
    clock = new Date(clock.getTime() + 1);
    await worker.drain();
    expect(platform.sent).toEqual(['hello']);
  });

  it('a rate limit pauses the platform for the wait it asked for, then everything is sent', async () => {
    const { db } = await createTestDb();
    const platform = fakePlatform((_message, attempt) =>
      attempt === 1 ? { kind: 'retry', reason: 'rate_limited', afterMs: 300 } : { kind: 'sent' },
    );
    await enqueueMessages(db, [message('C1', 'one')], new Date());
    const worker = createOutboxWorker({ db, logger, platform: 'slack', send: platform.send, pollMs: 50 });
    worker.start();
    await enqueueMessages(db, [message('C2', 'two')], new Date());
    worker.wake();
    const started = Date.now();
    for (let i = 0; i < 100 && platform.sent.length < 2; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await worker.stop();
    expect(platform.sent.sort()).toEqual(['one', 'two']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('a message the platform refuses for good is marked failed and does not block its conversation', async () => {
    const { db } = await createTestDb();
    const platform = fakePlatform((message) =>
      (message.body as { text: string }).text === 'bad'
        ? { kind: 'failed', reason: 'invalid_blocks' }
        : { kind: 'sent' },
    );
    await enqueueMessages(db, [message('C1', 'bad'), message('C1', 'good')], new Date());
    await createOutboxWorker({ db, logger, platform: 'slack', send: platform.send }).drain();
    expect(platform.sent).toEqual(['good']);
    expect((await statuses(db)).map((row) => row.status)).toEqual(['failed', 'sent']);
  });

  it('a new worker (a restarted process) sends what the last one left pending', async () => {
    const { db } = await createTestDb();
    const down = fakePlatform(() => ({ kind: 'retry', reason: 'http_500' }));
    await enqueueMessages(db, [message('C1', 'kept')], new Date());
    await createOutboxWorker({ db, logger, platform: 'slack', send: down.send }).drain();
    const up = fakePlatform();
    const later = () => new Date(Date.now() + 60_000);
    await createOutboxWorker({ db, logger, platform: 'slack', send: up.send, now: later }).drain();
    expect(up.sent).toEqual(['kept']);
  });

  it('a card sent with a key can be found later to update it in place', async () => {
    const { db } = await createTestDb();
    const refs: (string | undefined)[] = [];
    const send: SendMessage = async (message, context) => {
      if (message.op === 'update') refs.push((await context.findSentCard(message.cardKey!))?.ref);
      return { kind: 'sent', ref: `ts-${message.id}` };
    };
    await enqueueMessages(db, [message('C1', 'draft', 'minutes:7')], new Date());
    await enqueueMessages(db, [{ ...message('C1', 'final', 'minutes:7'), op: 'update' }], new Date());
    await createOutboxWorker({ db, logger, platform: 'slack', send }).drain();
    expect(refs).toEqual(['ts-1']);
  });

  it('only sends its own platform', async () => {
    const { db } = await createTestDb();
    const platform = fakePlatform();
    await enqueueMessages(
      db,
      [{ ...message('oc_1', 'feishu'), platform: 'feishu' }, message('C1', 'slack')],
      new Date(),
    );
    await createOutboxWorker({ db, logger, platform: 'slack', send: platform.send }).drain();
    expect(platform.sent).toEqual(['slack']);
  });

  it('a message that keeps failing is given up after the attempts allowed and stops blocking its conversation', async () => {
    const { db } = await createTestDb();
    let clock = new Date('2026-11-23T02:00:00Z');
    const platform = fakePlatform((message) =>
      (message.body as { text: string }).text === 'poison'
        ? { kind: 'retry', reason: 'http_503' }
        : { kind: 'sent' },
    );
    await enqueueMessages(db, [message('C1', 'poison'), message('C1', 'next')], clock);
    const worker = createOutboxWorker({
      db,
      logger,
      platform: 'slack',
      send: platform.send,
      now: () => clock,
      limits: async () => ({ maxAttempts: 3, maxAgeHours: 24 }),
    });
    // Bounded: each round moves the clock past the back-off.
    for (let round = 0; round < 10 && platform.sent.length === 0; round++) {
      await worker.drain();
      clock = new Date(clock.getTime() + 10 * 60_000);
    }
    expect(platform.attempts.get(1)).toBe(3);
    expect(platform.sent).toEqual(['next']);
    expect(await statuses(db)).toEqual([
      { status: 'failed', attempts: 3, lastError: 'gave up after 3 attempts: http_503' },
      { status: 'sent', attempts: 1, lastError: null },
    ]);
  });

  it.each([
    ['a message older than the age allowed is given up at its next failure', 25, 'gave up after 24 h'],
    ['a younger one is retried', 23, null],
  ])('%s', async (_, ageHours, givenUp) => {
    const { db } = await createTestDb();
    const stored = new Date('2026-11-23T02:00:00Z');
    await enqueueMessages(db, [message('C1', 'old')], stored);
    const platform = fakePlatform(() => ({ kind: 'retry', reason: 'rate_limited', afterMs: 1000 }));
    await createOutboxWorker({
      db,
      logger,
      platform: 'slack',
      send: platform.send,
      now: () => new Date(stored.getTime() + ageHours * 3_600_000),
      limits: async () => ({ maxAttempts: 3, maxAgeHours: 24 }),
    }).drain();
    const [row] = await statuses(db);
    // A rate limit is waited out and does not count as an attempt; only age gives it up.
    expect(row).toEqual(
      givenUp
        ? { status: 'failed', attempts: 0, lastError: `${givenUp}: rate_limited` }
        : { status: 'pending', attempts: 0, lastError: 'rate_limited' },
    );
  });

  it.each([
    ['a network error (it may have landed)', { kind: 'retry', reason: 'network_error' } as const, true],
    [
      'a rate limit (the platform answered)',
      { kind: 'retry', reason: 'rate_limited', afterMs: 1 } as const,
      false,
    ],
  ])('after %s the next attempt is told whether to look for an earlier copy', async (_, first, told) => {
    const { db } = await createTestDb();
    let clock = new Date('2026-11-23T02:00:00Z');
    const seen: (Date | undefined)[] = [];
    const platform = fakePlatform((message, attempt) => {
      seen.push(message.maybeSentAt);
      return attempt === 1 ? first : { kind: 'sent' };
    });
    await enqueueMessages(db, [message('C1', 'hello')], clock);
    const worker = createOutboxWorker({
      db,
      logger,
      platform: 'slack',
      send: platform.send,
      now: () => clock,
    });
    await worker.drain();
    clock = new Date(clock.getTime() + 60_000);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await worker.drain();
    expect(platform.sent).toEqual(['hello']);
    expect(seen).toEqual([undefined, told ? new Date('2026-11-23T02:00:00Z') : undefined]);
  });

  it('a message a dead process was sending is taken over once its lease ran out, not before', async () => {
    const { db } = await createTestDb();
    const clock = new Date('2026-11-23T02:00:00Z');
    await enqueueMessages(db, [message('C1', 'in flight'), message('C1', 'after')], clock);
    await db.outboxMessage.updateMany({
      where: { id: 1 },
      data: { status: 'sending', claimedAt: clock, maybeSentAt: clock },
    });
    const platform = fakePlatform();
    const at = (ms: number) =>
      createOutboxWorker({
        db,
        logger,
        platform: 'slack',
        send: platform.send,
        now: () => new Date(clock.getTime() + ms),
        leaseMs: 90_000,
      });
    await at(60_000).drain();
    // Still another sender's: neither it nor the message behind it goes out.
    expect(platform.sent).toEqual([]);
    await at(91_000).drain();
    expect(platform.sent).toEqual(['in flight', 'after']);
  });
});
