import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createInboundQueue } from '../../../src/adapters/shared/inbound-queue.ts';
import type { Db } from '../../../src/db/client.ts';
import { createTestDb } from '../../helpers/db.ts';

const logger = pino({ level: 'silent' });

interface Payload {
  chat: string;
  text: string;
}

function queueOn(db: Db, process: (payload: Payload) => Promise<void>) {
  return createInboundQueue<Payload>({
    db,
    logger,
    platform: 'slack',
    orderKey: (payload) => payload.chat,
    process,
  });
}

describe('inbound queue', () => {
  it('processes an accepted event once, however often the platform redelivers it', async () => {
    const { db } = await createTestDb();
    const seen: string[] = [];
    const queue = queueOn(db, async (payload) => {
      seen.push(payload.text);
    });
    expect(await queue.accept('Ev1', { chat: 'C1', text: 'log visit' })).toBe(true);
    expect(await queue.accept('Ev1', { chat: 'C1', text: 'log visit' })).toBe(false);
    await queue.drain();
    expect(await queue.accept('Ev1', { chat: 'C1', text: 'log visit' })).toBe(false);
    await queue.drain();
    expect(seen).toEqual(['log visit']);
    expect(await db.inboundEvent.findMany({ select: { status: true } })).toEqual([{ status: 'processed' }]);
  });

  it('accepting does not wait for the processing', async () => {
    const { db } = await createTestDb();
    let release = () => {};
    const queue = queueOn(db, () => new Promise<void>((resolve) => (release = resolve)));
    expect(await queue.accept('Ev1', { chat: 'C1', text: 'slow' })).toBe(true);
    expect((await db.inboundEvent.findFirstOrThrow()).status).toBe('received');
    await new Promise((resolve) => setImmediate(resolve));
    release();
    await queue.drain();
    expect((await db.inboundEvent.findFirstOrThrow()).status).toBe('processed');
  });

  it('keeps the order of one chat while another chat goes ahead', async () => {
    const { db } = await createTestDb();
    const seen: string[] = [];
    let otherChatDone = () => {};
    // a1 waits for chat B (bounded): B must not wait behind A's slow event, and A's order must hold.
    const otherChat = new Promise<void>((resolve) => {
      otherChatDone = resolve;
      setTimeout(resolve, 2000);
    });
    const queue = queueOn(db, async (payload) => {
      if (payload.text === 'a1') await otherChat;
      seen.push(payload.text);
      if (payload.text === 'b1') otherChatDone();
    });
    await queue.accept('E1', { chat: 'A', text: 'a1' });
    await queue.accept('E2', { chat: 'A', text: 'a2' });
    await queue.accept('E3', { chat: 'B', text: 'b1' });
    await queue.drain();
    expect(seen).toEqual(['b1', 'a1', 'a2']);
  });

  it('an event recorded before a crash is processed by the next process', async () => {
    const { db, url } = await createTestDb();
    // The first process records (and acknowledges) but dies before the work: its queue never runs.
    const dying = createInboundQueue<Payload>({
      db,
      logger,
      platform: 'slack',
      orderKey: () => 'x',
      process: () => new Promise<void>(() => {}),
    });
    await dying.accept('Ev9', { chat: 'C1', text: 'survives' });
    const { createDb } = await import('../../../src/db/client.ts');
    const restarted = await createDb(url);
    const seen: string[] = [];
    const queue = queueOn(restarted, async (payload) => {
      seen.push(payload.text);
    });
    expect(await queue.recover()).toBe(1);
    await queue.drain();
    expect(seen).toEqual(['survives']);
    expect(await queue.recover()).toBe(0);
  });

  it('a failing event is marked failed and the next one still runs', async () => {
    const { db } = await createTestDb();
    const seen: string[] = [];
    const queue = queueOn(db, async (payload) => {
      if (payload.text === 'boom') throw new Error('renderer broke');
      seen.push(payload.text);
    });
    await queue.accept('E1', { chat: 'C', text: 'boom' });
    await queue.accept('E2', { chat: 'C', text: 'fine' });
    await queue.drain();
    expect(seen).toEqual(['fine']);
    const rows = await db.inboundEvent.findMany({ orderBy: { id: 'asc' }, select: { status: true } });
    expect(rows.map((row) => row.status)).toEqual(['failed', 'processed']);
  });

  it('an event accepted before the recovery runs is processed once, not again by the recovery', async () => {
    const { db } = await createTestDb();
    const seen: string[] = [];
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const queue = queueOn(db, async (payload) => {
      await held;
      seen.push(payload.text);
    });
    // A request answered in the moment between opening the port and recovering.
    expect(await queue.accept('Ev1', { chat: 'C1', text: 'log visit' })).toBe(true);
    expect(await queue.recover()).toBe(0);
    release();
    await queue.drain();
    expect(seen).toEqual(['log visit']);
  });

  it('a delivery too deep to record is refused on its own; the deliveries beside it are recorded and run', async () => {
    const { db } = await createTestDb();
    const seen: string[] = [];
    const queue = queueOn(db, async (payload) => {
      seen.push(payload.text);
    });
    const deep = { chat: 'C1', text: 'deep', nested: nestedDeep(10_000) } as Payload;
    // Accepted in the same turn of the event loop: one group commit.
    const outcomes = await Promise.allSettled([
      queue.accept('E1', { chat: 'C1', text: 'first' }),
      queue.accept('E2', deep),
      queue.accept('E3', { chat: 'C2', text: 'third' }),
    ]);
    expect(outcomes[0]).toEqual({ status: 'fulfilled', value: true });
    expect(outcomes[1]).toMatchObject({ status: 'rejected', reason: { httpStatus: 400 } });
    expect(outcomes[2]).toEqual({ status: 'fulfilled', value: true });
    await queue.drain();
    expect(seen.sort()).toEqual(['first', 'third']);
    expect((await db.inboundEvent.findMany({ orderBy: { id: 'asc' } })).map((row) => row.eventId)).toEqual([
      'E1',
      'E3',
    ]);
  });
});

/** An object nested `depth` levels deep, past what JSON.stringify can walk. */
function nestedDeep(depth: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let at = root;
  for (let level = 0; level < depth; level += 1) {
    const next: Record<string, unknown> = {};
    at.a = next;
    at = next;
  }
  return root;
}
