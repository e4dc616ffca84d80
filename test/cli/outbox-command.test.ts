import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runOutboxCommand } from '../../src/cli/outbox-command.ts';
import { enqueueMessages } from '../../src/db/outbox.ts';
import { createTestDb } from '../helpers/db.ts';

const now = new Date('2026-11-23T10:00:00Z');

describe('crm outbox', () => {
  it('--failed lists the dead messages without what they said; --retry puts them back in the queue', async () => {
    const { db } = await createTestDb();
    await enqueueMessages(
      db,
      [
        { platform: 'slack', conversation: 'C1', op: 'post', body: { text: '华为 报价 138 0000 0000' } },
        { platform: 'feishu', conversation: 'oc_2', op: 'create', body: { text: 'secret too' } },
        { platform: 'slack', conversation: 'C1', op: 'post', body: { text: 'fine' } },
      ],
      new Date(now.getTime() - 26 * 3_600_000),
    );
    await db.outboxMessage.updateMany({
      where: { id: { in: [1, 2] } },
      data: { status: 'failed', attempts: 15, lastError: 'gave up after 15 attempts: http_503' },
    });
    const printed: string[] = [];
    const run = (options: { failed?: boolean; retry?: string }) =>
      runOutboxCommand(db, { ...options, now, print: (text) => printed.push(text) });

    expect(await run({ failed: true })).toBe(0);
    expect(printed).toEqual([
      'id\tplatform\tconversation\top\tage\tattempts\tlast error',
      '1\tslack\tC1\tpost\t26 h\t15\tgave up after 15 attempts: http_503',
      '2\tfeishu\toc_2\tcreate\t26 h\t15\tgave up after 15 attempts: http_503',
    ]);
    expect(printed.join('\n')).not.toMatch(/华为|secret/);

    printed.length = 0;
    expect(await run({ retry: '1' })).toBe(0);
    expect(printed).toEqual(['requeued 1 message']);
    const requeued = await db.outboxMessage.findUniqueOrThrow({ where: { id: 1 } });
    expect(requeued).toMatchObject({ status: 'pending', attempts: 0, requeuedAt: now, nextAttemptAt: now });

    expect(await run({ retry: 'all' })).toBe(0);
    expect(printed.at(-1)).toBe('requeued 1 message');
    expect(await db.outboxMessage.count({ where: { status: 'failed' } })).toBe(0);
    // Asking for one that is not dead says so in the exit code.
    expect(await run({ retry: '3' })).toBe(1);
    expect(await run({ retry: 'x' })).toBe(2);
  });

  it('without --failed or --retry the CLI prints the usage and exits 2', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'outbox'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('outbox --failed');
  });
});
