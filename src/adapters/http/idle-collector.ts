import type { Server } from 'node:http';

export interface IdleCollectorOptions {
  /** How long the server must have had no request before memory is given back. */
  idleMs: number;
  /** Requests since the last collection that make one worth it. */
  minRequests: number;
  /** A full garbage collection: `globalThis.gc` when the process runs with --expose-gc. */
  collect: (() => void) | undefined;
  now?: () => number;
}

/**
 * Gives memory back once a burst of requests is over. Request garbage that outlives two minor
 * collections (queued behind the database) moves to V8's old space, which only a full collection
 * empties; an idle process may not run one for a long time, so after a burst RSS stays high although
 * nothing is kept. When the runtime offers a full collection (`npm start` runs with --expose-gc), one
 * runs after `idleMs` without requests following at least `minRequests` of them: a pause of tens of
 * milliseconds when nobody is waiting. Returns a stop function.
 */
export function startIdleCollector(server: Server, options: IdleCollectorOptions): () => void {
  const { collect, idleMs, minRequests } = options;
  if (!collect) return () => {};
  const now = options.now ?? Date.now;
  let requests = 0;
  let last = now();
  const count = () => {
    requests += 1;
    last = now();
  };
  server.on('request', count);
  const timer = setInterval(
    () => {
      if (requests < minRequests || now() - last < idleMs) return;
      requests = 0;
      collect();
    },
    Math.max(100, idleMs / 2),
  );
  timer.unref();
  return () => {
    clearInterval(timer);
    server.off('request', count);
  };
}
