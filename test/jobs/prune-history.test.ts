import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { writeSetting } from '../../src/db/settings.ts';
import { pruneHistory } from '../../src/jobs/prune-history.ts';
import { slotOf } from '../../src/jobs/scheduler.ts';
import { createTestDb } from '../helpers/db.ts';

const day = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-23T19:30:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * day);
const run = (db: Db) =>
  pruneHistory(
    { db, logger: pino({ level: 'silent' }), now: () => now, timeZone: 'Asia/Shanghai' },
    slotOf(now),
  );
const big = JSON.stringify({ text: 'x'.repeat(10_000) });

async function event(db: Db, eventId: string, status: string, ageDays: number) {
  await db.inboundEvent.create({
    data: {
      platform: 'slack',
      eventId,
      status,
      payload: big,
      receivedAt: daysAgo(ageDays),
      processedAt: status === 'received' ? null : daysAgo(ageDays),
    },
  });
}

async function message(db: Db, name: string, status: string, ageDays: number, cardKey: string | null = null) {
  await db.outboxMessage.create({
    data: {
      platform: 'slack',
      conversation: 'C1',
      op: 'post',
      body: big,
      cardKey,
      status,
      ref: status === 'sent' ? `C1/${name}` : null,
      createdAt: daysAgo(ageDays),
      sentAt: status === 'sent' ? daysAgo(ageDays) : null,
      lastError: name,
    },
  });
}

describe('nightly retention (prune_history)', () => {
  it('deletes finished events older than the retention, and keeps unfinished and recent ones', async () => {
    const { db } = await createTestDb();
    await event(db, 'Ev_old', 'processed', 31);
    await event(db, 'Ev_old_failed', 'failed', 40);
    await event(db, 'Ev_recent', 'processed', 29);
    await event(db, 'Ev_never_processed', 'received', 60);
    expect(await run(db)).toMatchObject({ ran: true });
    const left = await db.inboundEvent.findMany({ orderBy: { id: 'asc' } });
    expect(left.map((row) => row.eventId)).toEqual(['Ev_recent', 'Ev_never_processed']);
  });

  it('deletes old sent and held messages but keeps the newest of each card, emptied, and everything unsent', async () => {
    const { db } = await createTestDb();
    await message(db, 'old plain', 'sent', 40);
    await message(db, 'old card, later updated', 'sent', 40, 'minutes:1');
    await message(db, 'old card, newest', 'sent', 35, 'minutes:1');
    await message(db, 'old never shown page', 'held', 40);
    await message(db, 'old dead', 'failed', 40);
    await message(db, 'old but still trying', 'pending', 40);
    await message(db, 'recent', 'sent', 2);
    await run(db);
    const left = await db.outboxMessage.findMany({ orderBy: { id: 'asc' } });
    expect(left.map((row) => [row.lastError, row.status, row.body.length > 0])).toEqual([
      ['old card, newest', 'sent', false],
      ['old but still trying', 'pending', true],
      ['recent', 'sent', true],
    ]);
    // The kept row still tells where the card is, so an update changes it in place.
    expect(left[0]!.ref).toBe('C1/old card, newest');
  });

  it('takes its retention from the retention.days setting', async () => {
    const { db } = await createTestDb();
    await writeSetting(db, 'retention.days', 7, 0);
    await message(db, 'eight days', 'sent', 8);
    await message(db, 'six days', 'sent', 6);
    await run(db);
    expect((await db.outboxMessage.findMany()).map((row) => row.lastError)).toEqual(['six days']);
  });
});
