import { spawnSync } from 'node:child_process';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runAdminCommand } from '../../src/cli/admin-command.ts';
import { seedDemo } from '../../src/cli/seed-demo.ts';
import { createBot } from '../../src/core/handle-event.ts';
import { readAutoAdmit } from '../../src/db/auto-admit.ts';
import { createDb, type Db } from '../../src/db/client.ts';
import { fixedNow, timeZone } from '../helpers/bot.ts';
import { createTestDb } from '../helpers/db.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

async function adminsOf(url: string) {
  const db = await createDb(url);
  try {
    return await db.person.findMany({
      where: { role: 'admin' },
      include: { identities: true },
      orderBy: { id: 'asc' },
    });
  } finally {
    await db.$disconnect();
  }
}

describe('crm admin', () => {
  it('add makes the first admin of an empty workspace, who is then let in on Slack', async () => {
    const { db, url } = await createTestDb();
    await db.$disconnect();
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await runAdminCommand(['add', 'slack:U0123ABC', '--name', 'Ada'], url)).toBe(0);
    expect(log).toHaveBeenCalledWith('slack:U0123ABC is now an admin, named Ada');
    const [admin] = await adminsOf(url);
    expect(admin).toMatchObject({ name: 'Ada', identities: [{ platform: 'slack', externalId: 'U0123ABC' }] });
  });

  it('add promotes someone who is waiting, who can then run admin commands', async () => {
    const { db: seeded, url } = await createTestDb();
    await seedDemo(seeded, fixedNow);
    const boss = { platform: 'feishu' as const, externalId: 'ou_boss', displayName: '老板' };
    const say = (db: Db, text: string) =>
      createBot({ db, logger: pino({ level: 'silent' }), now: () => fixedNow, timeZone }).handle({
        kind: 'message',
        eventId: text,
        sender: boss,
        chat: { id: 'c', kind: 'direct' },
        text,
      });
    expect((await say(seeded, '管理命令')).refused).toBe(true);
    // The CLI runs as its own process beside the service; here the test's connection steps aside.
    await seeded.$disconnect();
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await runAdminCommand(['add', 'feishu:ou_boss'], url)).toBe(0);
    expect(log).toHaveBeenCalledWith('feishu:ou_boss is now an admin');
    const db = await createDb(url);
    expect((await say(db, '管理员命令')).refused).toBeUndefined();
    expect((await db.person.findFirstOrThrow({ where: { name: '老板' } })).role).toBe('admin');
    expect(await db.auditLog.count({ where: { action: 'person.admitted', source: 'cli' } })).toBe(1);
    await db.$disconnect();
  });

  it('allow adds accounts to access.auto_admit', async () => {
    const { db: opened, url } = await createTestDb();
    await opened.$disconnect();
    vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await runAdminCommand(['allow', 'slack:U1', 'feishu:ou_2'], url)).toBe(0);
    expect(await runAdminCommand(['allow', 'slack:U1'], url)).toBe(0);
    const db = await createDb(url);
    expect(await readAutoAdmit(db)).toEqual([
      { platform: 'slack', externalId: 'U1' },
      { platform: 'feishu', externalId: 'ou_2' },
    ]);
    await db.$disconnect();
  });

  it('a bad account prints the usage and exits 2', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'admin', 'add', 'U0123ABC'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"U0123ABC" is not slack:ID or feishu:ID');
    expect(result.stderr).toContain('admin add slack:ID|feishu:ID');
  });
});
