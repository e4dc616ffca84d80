import { createLogger } from '../../src/logger.ts';

type LogLine = Record<string, unknown> & { msg?: string };

/** A real chatcrm logger (with its redaction) whose lines are kept, and can be awaited, in the test. */
export function captureLogs(level = 'debug', waitMs = 5000) {
  const lines: LogLine[] = [];
  let waiters: { msg: string; resolve: (line: LogLine) => void }[] = [];
  const logger = createLogger({
    level,
    pretty: false,
    destination: {
      write(text: string) {
        const line = JSON.parse(text) as LogLine;
        lines.push(line);
        waiters = waiters.filter((waiter) => {
          if (waiter.msg !== line.msg) return true;
          waiter.resolve(line);
          return false;
        });
      },
    },
  });
  return {
    logger,
    lines,
    /** Everything logged, as one string (to look for what must never be there). */
    text: () => JSON.stringify(lines),
    /** The first line with this message, waiting for it if need be. */
    logged(msg: string): Promise<LogLine> {
      const seen = lines.find((line) => line.msg === msg);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not logged: ${msg}`)), waitMs);
        waiters.push({
          msg,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
      });
    },
  };
}
