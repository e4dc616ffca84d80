import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger.ts';
import type { Db } from './client.ts';

export interface Checkpoint {
  /** Pages in the write-ahead log, and how many of them are now in the database file. */
  logPages: number;
  checkpointedPages: number;
}

export interface Checkpointer {
  /** Checkpoints now; for tests and shutdown. */
  checkpoint(): Promise<Checkpoint>;
  stop(): Promise<void>;
}

// Runs in the worker thread: its own connection, checkpointing on a timer and on request.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { timeout: 5000 });
const checkpoint = () => {
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    return { logPages: row.log, checkpointedPages: row.checkpointed };
  } catch (error) {
    return { error: String(error && error.message) };
  }
};
const timer = setInterval(() => {
  const result = checkpoint();
  if (result.error) parentPort.postMessage({ kind: 'failed', error: result.error });
}, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message.kind === 'checkpoint') parentPort.postMessage({ kind: 'done', id: message.id, ...checkpoint() });
  if (message.kind === 'stop') {
    clearInterval(timer);
    db.close();
    parentPort.close();
  }
});
`;

/**
 * Moves SQLite's checkpoints (copying the write-ahead log into the database file, with an fsync) off
 * the event loop. Left to SQLite, every thousandth page written makes one commit run a checkpoint
 * inline, and the acknowledgements waiting behind it stall for as long as the disk takes. Here the
 * service's connection never checkpoints and a worker thread does it every `intervalMs` on its own
 * connection; a PASSIVE checkpoint waits for nobody and nobody waits for it.
 */
export async function startCheckpointer(
  db: Db,
  url: string,
  logger: Logger,
  intervalMs = 1000,
): Promise<Checkpointer> {
  await db.$queryRawUnsafe('PRAGMA wal_autocheckpoint = 0');
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: { driver, path: url.replace(/^file:/, ''), intervalMs },
  });
  const waiting = new Map<
    number,
    { resolve: (result: Checkpoint) => void; reject: (error: Error) => void }
  >();
  let nextId = 0;
  let lastError = '';
  let exited = false;
  worker.on('message', (message: { kind: string; id?: number; error?: string } & Checkpoint) => {
    if (message.error && message.error !== lastError)
      logger.error({ error: message.error }, 'write-ahead log checkpoint failed');
    lastError = message.error ?? '';
    const caller = message.id === undefined ? undefined : waiting.get(message.id);
    if (!caller || message.id === undefined) return;
    waiting.delete(message.id);
    if (message.error) caller.reject(new Error(message.error));
    else caller.resolve({ logPages: message.logPages, checkpointedPages: message.checkpointedPages });
  });
  worker.on('error', (error) => logger.error({ err: error }, 'the checkpoint thread stopped'));
  worker.on('exit', () => {
    exited = true;
    for (const caller of waiting.values()) caller.reject(new Error('the checkpoint thread has stopped'));
    waiting.clear();
  });
  // The thread alone must not keep the process alive.
  worker.unref();
  return {
    checkpoint() {
      if (exited) return Promise.reject(new Error('the checkpoint thread has stopped'));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ kind: 'checkpoint', id });
      });
    },
    async stop() {
      if (exited) return;
      const stopped = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage({ kind: 'stop' });
      await stopped;
    },
  };
}
