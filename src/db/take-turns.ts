import type { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';

type Adapter = Awaited<ReturnType<PrismaBetterSqlite3['connect']>>;
type Transaction = Awaited<ReturnType<Adapter['startTransaction']>>;
type Query = Parameters<Adapter['queryRaw']>[0];

/**
 * Makes the process's one SQLite connection take turns with everything else in it. better-sqlite3
 * answers synchronously, so without this a use case of thirty statements is one unbroken task and a
 * platform request arriving meanwhile waits until all of them are done. Here:
 * - every statement and every transaction first lets the event loop turn, so requests are answered
 *   between two of them; a transaction's own statements run back to back, so that it holds the
 *   connection (and everybody waiting for it) as briefly as possible;
 * - statements and transactions go one at a time, in arrival order: a statement outside a transaction
 *   waits for an open one to end instead of silently joining it (on one connection it would be
 *   committed or rolled back with somebody else's work);
 * - a statement marked `urgent` (recording a delivery the platform waits to hear about) neither yields
 *   nor queues behind the others: it goes next.
 */
export function takeTurns(factory: PrismaBetterSqlite3): PrismaBetterSqlite3 {
  return Object.assign(Object.create(factory) as PrismaBetterSqlite3, {
    connect: async () => wrapAdapter(await factory.connect()),
  });
}

/**
 * Starts a raw statement that must go next. A comment in the SQL, because that is what reaches the
 * connection: Prisma hands over the statement text, not the caller's context.
 */
export const urgent = '/* urgent */ ';

function wrapAdapter(adapter: Adapter): Adapter {
  const lock = createLock();
  const turn = async (isUrgent: boolean) => {
    if (!isUrgent) await nextTurn();
    return lock(isUrgent);
  };
  const alone =
    <Q, R>(run: (query: Q) => Promise<R>, sqlOf: (query: Q) => string) =>
    async (query: Q): Promise<R> => {
      const release = await turn(sqlOf(query).startsWith(urgent));
      try {
        return await run(query);
      } finally {
        release();
      }
    };
  const sql = (query: Query) => query.sql;
  return Object.assign(Object.create(adapter) as Adapter, {
    queryRaw: alone((query: Query) => adapter.queryRaw(query), sql),
    executeRaw: alone((query: Query) => adapter.executeRaw(query), sql),
    executeScript: alone(
      (script: string) => adapter.executeScript(script),
      (script) => script,
    ),
    startTransaction: async (...args: Parameters<Adapter['startTransaction']>) => {
      const release = await turn(false);
      try {
        return wrapTransaction(await adapter.startTransaction(...args), release);
      } catch (error) {
        release();
        throw error;
      }
    },
  });
}

function wrapTransaction(transaction: Transaction, release: () => void): Transaction {
  const ending = (end: () => Promise<void>) => async (): Promise<void> => {
    try {
      await end();
    } finally {
      release();
    }
  };
  return Object.assign(Object.create(transaction) as Transaction, {
    commit: ending(() => transaction.commit()),
    rollback: ending(() => transaction.rollback()),
  });
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * A lock taken in arrival order, except that urgent takers go ahead of the ordinary ones; resolves to
 * its release.
 */
function createLock(): (urgent: boolean) => Promise<() => void> {
  let held = false;
  const waiting: { urgent: boolean; take: () => void }[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next.take();
    else held = false;
  };
  return (isUrgent) => {
    if (!held) {
      held = true;
      return Promise.resolve(release);
    }
    return new Promise((resolve) => {
      const waiter = { urgent: isUrgent, take: () => resolve(release) };
      const firstOrdinary = isUrgent ? waiting.findIndex((other) => !other.urgent) : -1;
      if (firstOrdinary === -1) waiting.push(waiter);
      else waiting.splice(firstOrdinary, 0, waiter);
    });
  };
}
