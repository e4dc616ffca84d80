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
 *   committed or rolled back with somebody else's work).
 */
export function takeTurns(factory: PrismaBetterSqlite3): PrismaBetterSqlite3 {
  return Object.assign(Object.create(factory) as PrismaBetterSqlite3, {
    connect: async () => wrapAdapter(await factory.connect()),
  });
}

function wrapAdapter(adapter: Adapter): Adapter {
  const lock = createLock();
  const alone =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await nextTurn();
      const release = await lock();
      try {
        return await run(...args);
      } finally {
        release();
      }
    };
  return Object.assign(Object.create(adapter) as Adapter, {
    queryRaw: alone((query: Query) => adapter.queryRaw(query)),
    executeRaw: alone((query: Query) => adapter.executeRaw(query)),
    executeScript: alone((script: string) => adapter.executeScript(script)),
    startTransaction: async (...args: Parameters<Adapter['startTransaction']>) => {
      await nextTurn();
      const release = await lock();
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

/** A first-come, first-served lock: resolves to its release once everyone before has released. */
function createLock(): () => Promise<() => void> {
  let tail = Promise.resolve();
  return () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const ready = tail.then(() => release);
    tail = tail.then(() => held);
    return ready;
  };
}
