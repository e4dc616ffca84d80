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
    const queue = queueOn(db, async (payload) => {
      if (payload.text === 'a1') await new Promise((resolve) => setTimeout(resolve, 30));
      seen.push(payload.text);
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
});
