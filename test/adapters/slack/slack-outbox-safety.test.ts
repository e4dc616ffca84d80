import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../src/cli/seed-demo.ts';
import { type Bot, createBot } from '../../../src/core/handle-event.ts';
import { createDb, type Db } from '../../../src/db/client.ts';
import { fixedNow, personId, timeZone } from '../../helpers/bot.ts';
import { createTestDb } from '../../helpers/db.ts';
import { startFakeSlackApi } from './fake-slack-api.ts';
import { type SlackService, startSlackService } from './slack-harness.ts';
import { channelMention, directMessage, postToSlackRoute, slashCommand } from './slack-payloads.ts';

const logVisit = '记录拜访 华为 今天和张总聊了报价，下周二跟进';
const services: SlackService[] = [];
afterEach(async () => {
  for (const service of services.splice(0)) await service.stop();
});

async function start(options: Parameters<typeof startSlackService>[0] = {}) {
  const service = await startSlackService(options);
  services.push(service);
  return service;
}

async function zhangsDatabase() {
  const test = await createTestDb();
  await seedDemo(test.db, fixedNow);
  await test.db.identity.create({
    data: { platform: 'slack', externalId: 'U_ZHANG', personId: await personId(test.db, '张伟') },
  });
  return test;
}

function realBot(db: Db): Bot {
  return createBot({ db, logger: pino({ level: 'silent' }), now: () => fixedNow, timeZone });
}

/** Waits, bounded, for something the outbox does on its own time; fails loudly on time-out. */
async function until(condition: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('timed out waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function outboxIdOf(metadata: unknown): unknown {
  return (metadata as { event_payload?: { outbox_id?: unknown } } | undefined)?.event_payload?.outbox_id;
}

describe('Slack: a reply is never shown twice', () => {
  it.each([
    ['a direct message', directMessage(logVisit), 'D_ZHANG', 'conversations.history'],
    [
      'an @mention in a thread, answered in that thread',
      channelMention(logVisit, { threadTs: '1515449000.000001' }),
      'C123ABC456',
      'conversations.replies',
    ],
  ])(
    '%s: a reply posted just before the process died is found, not posted again, at the next start',
    async (_, event, channel, lookup) => {
      const { db, url } = await zhangsDatabase();
      const api = await startFakeSlackApi();
      // Slack posts the reply, and the process dies before the answer comes back.
      api.script('chat.postMessage', { hang: true });
      const dying = await startSlackService({ db, bot: realBot(db), api });
      await postToSlackRoute(dying.base, event);
      await until(() => api.postedTo(channel).length === 1);
      void dying.kill();
      const row = await db.outboxMessage.findFirstOrThrow();
      expect(row.status).toBe('sending');
      // The restart comes after the dead sender's lease ran out.
      await db.outboxMessage.update({
        where: { id: row.id },
        data: { claimedAt: new Date(Date.now() - 5 * 60_000) },
      });

      const restartedDb = await createDb(url);
      const restarted = await start({ db: restartedDb, bot: realBot(restartedDb), api });
      await until(
        async () => (await restartedDb.outboxMessage.count({ where: { status: { not: 'sent' } } })) === 0,
      );
      // Each stored reply was posted once: the one in doubt was found, the ones behind it followed.
      const rows = await restartedDb.outboxMessage.findMany({ orderBy: { id: 'asc' } });
      const posted = api.postedTo(channel).map((message) => outboxIdOf(message.metadata));
      expect(posted).toEqual(rows.map((r) => r.id));
      expect(api.callsTo('chat.postMessage')).toHaveLength(rows.length);
      expect(api.callsTo(lookup)[0]!.body.include_all_metadata).toBe('true');
      const [copy] = api.postedTo(channel);
      expect(rows[0]!.ref).toBe(`${channel}/${copy!.ts}`);
      await restarted.stop();
      await api.close();
    },
  );

  it('a reply that had not reached Slack when the process died is posted at the next start', async () => {
    const { db } = await zhangsDatabase();
    const api = await startFakeSlackApi();
    // A row a dead process had taken, as its crash left it; Slack never saw the call.
    const died = new Date(Date.now() - 5 * 60_000);
    await db.outboxMessage.create({
      data: {
        platform: 'slack',
        conversation: 'D_ZHANG',
        op: 'post',
        body: JSON.stringify({ channel: 'D_ZHANG', text: 'hello', blocks: [] }),
        status: 'sending',
        claimedAt: died,
        maybeSentAt: died,
      },
    });
    await start({ db, bot: realBot(db), api });
    await until(async () => (await db.outboxMessage.findFirstOrThrow()).status === 'sent');
    expect(api.callsTo('conversations.history')).toHaveLength(1);
    expect(api.postedTo('D_ZHANG').map((message) => message.text)).toEqual(['hello']);
    await api.close();
  });

  it('every post carries its outbox id in the message metadata', async () => {
    const service = await start();
    await postToSlackRoute(service.base, directMessage('帮助'));
    await service.settle();
    const row = await service.db.outboxMessage.findFirstOrThrow();
    expect(service.api.callsTo('chat.postMessage')[0]!.body.metadata).toEqual({
      event_type: 'chatcrm_outbox',
      event_payload: { outbox_id: row.id },
    });
    // A first attempt needs no look at the history.
    expect(service.api.callsTo('conversations.history')).toHaveLength(0);
  });
});

describe('Slack: response_url answers', () => {
  it('an unreachable response_url does not hold up the replies that follow in its channel', async () => {
    const service = await start();
    const hook = service.api.hookUrl('commands/dead');
    service.api.script(
      'hooks/commands/dead',
      ...Array.from({ length: 20 }, () => ({ status: 503, body: 'down' })),
    );
    await postToSlackRoute(service.base, slashCommand('帮助', { responseUrl: hook, channel: 'C123ABC456' }));
    await postToSlackRoute(service.base, channelMention('帮助', { eventId: 'Ev_after' }));
    await service.settle();
    await until(() => service.api.callsTo('chat.postMessage').length === 1);
    const rows = await service.db.outboxMessage.findMany({ orderBy: { id: 'asc' } });
    expect(rows.map((row) => [row.op, row.status])).toEqual([
      ['respond', 'pending'],
      ['post', 'sent'],
    ]);
    // The lane is named without the URL, which is a credential while it lives.
    expect(rows[0]!.conversation).toMatch(/^C123ABC456:response_url:[0-9a-f]{12}$/);
  });

  it('a response_url outside Slack is refused, logged and never called', async () => {
    let called = 0;
    const elsewhere = createServer((_req, res) => {
      called++;
      res.end('ok');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const port = (elsewhere.address() as AddressInfo).port;
    const service = await start();
    await postToSlackRoute(
      service.base,
      slashCommand('帮助', { responseUrl: `http://127.0.0.1:${port}/hooks/commands/1` }),
    );
    await service.settle();
    const [row] = await service.db.outboxMessage.findMany();
    expect(row).toMatchObject({ op: 'respond', status: 'failed', lastError: 'response_url_not_slack' });
    expect(called).toBe(0);
    elsewhere.close();
  });
});
