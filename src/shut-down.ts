import type { Logger } from './logger.ts';

/** Under Docker's and systemd's default grace periods (10 s and 90 s) before they kill outright. */
export const shutdownLimitMs = 9_000;

/**
 * Runs the shutdown `steps`, then exits 0; exits 1 if they fail, or if they have not finished within
 * `limitMs`: a hung platform call or connection must not keep a process that was told to stop, as a
 * supervisor (systemd, Docker) waits for the exit before it starts the next one.
 */
export function shutDown(
  steps: () => Promise<void>,
  deps: { logger: Logger; limitMs?: number; exit?: (code: number) => void },
): void {
  const { logger, limitMs = shutdownLimitMs, exit = (code: number) => process.exit(code) } = deps;
  const limit = setTimeout(() => {
    logger.error({ afterMs: limitMs }, 'shutdown did not finish in time: exiting anyway');
    exit(1);
  }, limitMs);
  // Nothing else may hold the process open while the steps run; once they end, the limit is moot.
  limit.unref();
  steps().then(
    () => {
      clearTimeout(limit);
      exit(0);
    },
    (error: unknown) => {
      clearTimeout(limit);
      logger.error({ err: error }, 'shutdown failed');
      exit(1);
    },
  );
}
