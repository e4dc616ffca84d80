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
});
