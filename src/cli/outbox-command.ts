import type { Db } from '../db/client.ts';
import { listFailedMessages, requeueFailedMessages } from '../db/failed-messages.ts';

const hour = 3_600_000;

/**
 * `crm outbox --failed` lists the dead letter (messages refused by the platform or given up on);
 * `crm outbox --retry ID[,ID…]|all` puts them back in the queue. The running service sends them at its
 * next look (within seconds).
 */
export async function runOutboxCommand(
  db: Db,
  options: { failed?: boolean; retry?: string; now: Date; print?: (text: string) => void },
): Promise<number> {
  const print = options.print ?? console.log;
  if (options.retry !== undefined) {
    const which = readIds(options.retry);
    if (!which) {
      console.error('write --retry ID, --retry ID,ID… or --retry all');
      return 2;
    }
    const count = await requeueFailedMessages(db, which, options.now);
    print(count === 1 ? 'requeued 1 message' : `requeued ${count} messages`);
    return which !== 'all' && count < which.length ? 1 : 0;
  }
  if (!options.failed) {
    console.error('usage: outbox --failed | outbox --retry ID|all');
    return 2;
  }
  const rows = await listFailedMessages(db);
  if (rows.length === 0) {
    print('no failed messages');
    return 0;
  }
  print(['id', 'platform', 'conversation', 'op', 'age', 'attempts', 'last error'].join('\t'));
  for (const row of rows)
    print(
      [
        row.id,
        row.platform,
        row.conversation,
        row.op,
        formatAge(options.now.getTime() - row.createdAt.getTime()),
        row.attempts,
        row.lastError ?? '',
      ].join('\t'),
    );
  return 0;
}

function readIds(text: string): number[] | 'all' | null {
  if (text === 'all') return 'all';
  const ids = text.split(',').map((part) => Number(part.trim()));
  return ids.length > 0 && ids.every((id) => Number.isInteger(id) && id > 0) ? ids : null;
}

function formatAge(ms: number): string {
  if (ms < hour) return `${Math.max(0, Math.round(ms / 60_000))} min`;
  if (ms < 48 * hour) return `${Math.round(ms / hour)} h`;
  return `${Math.round(ms / (24 * hour))} d`;
}
