import type { RouteHandler } from '../http/create-server.ts';

/**
 * Acknowledgements first. Platform requests in progress hold the gate; background work (processing
 * recorded events, sending replies) waits until none is in progress, so a burst is answered within
 * the platform's deadline while the work behind it catches up. A wait is capped so that work under a
 * never-ending stream of requests still moves. Once started, a use case gives way between its database
 * statements (src/db/take-turns.ts); each adapter also processes one event at a time, so an answer
 * waits behind at most one event's statement, not behind several use cases interleaved.
 */
export function createAckGate(maxWaitMs = 50) {
  let inProgress = 0;
  let waiters = new Set<() => void>();
  const release = () => {
    const ready = waiters;
    waiters = new Set();
    for (const resolve of ready) resolve();
  };
  return {
    /** Runs `work` (answering a platform request) holding the gate. */
    async hold<T>(work: () => Promise<T>): Promise<T> {
      inProgress += 1;
      try {
        return await work();
      } finally {
        inProgress -= 1;
        if (inProgress === 0) release();
      }
    },
    /** Resolves when no request is in progress (or after `maxWaitMs`), always on a later turn of the loop. */
    async idle(): Promise<void> {
      await new Promise((resolve) => setImmediate(resolve));
      if (inProgress === 0) return;
      let timer: NodeJS.Timeout | undefined;
      let waiter: (() => void) | undefined;
      await new Promise<void>((resolve) => {
        waiter = resolve;
        waiters.add(resolve);
        timer = setTimeout(resolve, maxWaitMs);
      });
      clearTimeout(timer);
      // A wait that timed out leaves: under requests that never stop, the gate never empties.
      waiters.delete(waiter!);
    },
    /** Waits in progress (for tests and diagnostics). */
    waiting(): number {
      return waiters.size;
    },
  };
}

export type AckGate = ReturnType<typeof createAckGate>;

/** A route whose requests hold the gate while they are answered. */
export function holdingGate(gate: AckGate, handler: RouteHandler): RouteHandler {
  return (req, res) => gate.hold(() => handler(req, res));
}
