import { describe, expect, it } from 'vitest';
import { urgent } from '../../src/db/take-turns.ts';
import { createTestDb } from '../helpers/db.ts';

describe('the shared connection takes turns', () => {
  it('lets other work (a platform request) run between the statements of a long use case', async () => {
    const { db } = await createTestDb();
    let ticks = 0;
    const ticker = setInterval(() => {
      ticks += 1;
    }, 0);
    const ticksBetween: number[] = [];
    try {
      for (let i = 0; i < 20; i += 1) {
        const before = ticks;
        await db.team.count();
        await db.person.count();
        ticksBetween.push(ticks - before);
      }
    } finally {
      clearInterval(ticker);
    }
    // better-sqlite3 answers synchronously: without turns the timer would never run inside the loop.
    expect(ticksBetween.filter((n) => n > 0).length).toBeGreaterThan(10);
  });

  it('keeps a statement outside a transaction out of it, so a rollback does not take it along', async () => {
    const { db } = await createTestDb();
    let signal!: () => void;
    const inside = new Promise<void>((resolve) => {
      signal = resolve;
    });
    const failing = db
      .$transaction(async (tx) => {
        await tx.team.create({ data: { name: 'rolled back' } });
        signal();
        // Other work gets the event loop while this transaction is open.
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('the use case failed');
      })
      .catch((error: Error) => error.message);
    await inside;
    const outside = db.team.create({ data: { name: 'kept' } });
    expect(await failing).toBe('the use case failed');
    await outside;
    expect(
      (await db.team.findMany({ where: { name: { in: ['kept', 'rolled back'] } } })).map((t) => t.name),
    ).toEqual(['kept']);
  });

  it('lets urgent work (recording a delivery) go ahead of the statements already waiting', async () => {
    const { db } = await createTestDb();
    let endTransaction!: () => void;
    const transactionMayEnd = new Promise<void>((resolve) => {
      endTransaction = resolve;
    });
    let opened!: () => void;
    const isOpen = new Promise<void>((resolve) => {
      opened = resolve;
    });
    const transaction = db.$transaction(async (tx) => {
      await tx.team.count();
      opened();
      await transactionMayEnd;
    });
    await isOpen;
    const finished: string[] = [];
    const ordinary = Array.from({ length: 10 }, (_, i) =>
      db.team.count().then(() => finished.push(`ordinary ${i}`)),
    );
    // Two turns of the loop: the ordinary statements are now queued behind the open transaction.
    for (let i = 0; i < 2; i += 1) await new Promise((resolve) => setImmediate(resolve));
    const recorded = db
      .$executeRawUnsafe(`${urgent}INSERT INTO Team (name, createdAt) VALUES ('acknowledged', ?)`, new Date())
      .then(() => finished.push('urgent'));
    endTransaction();
    await Promise.all([transaction, ...ordinary, recorded]);
    expect(finished[0]).toBe('urgent');
    expect(finished).toHaveLength(11);
  });
});
