import { DatabaseBusyError, isDatabaseBusy } from '../db/database-busy.ts';

/** The connection timeout of createDb (client.ts): how long a command's own statements wait for a lock. */
const statementWaitMs = 5000;

/**
 * What an operator reads when a command fails: a locked database in one line that names the file, and
 * otherwise the error's own words without the schema engine's WebAssembly stack and span trace.
 */
export function describeFailure(error: unknown, databasePath: string): string {
  if (error instanceof DatabaseBusyError) return error.message;
  if (isDatabaseBusy(error)) return new DatabaseBusyError(databasePath, statementWaitMs).message;
  const text = error instanceof Error ? error.message : String(error);
  const lines = text.split('\n');
  const traceStart = lines.findIndex((line) => /^\s+at |^\s+\d+: /.test(line));
  return lines
    .slice(0, traceStart === -1 ? undefined : traceStart)
    .join('\n')
    .trim();
}
