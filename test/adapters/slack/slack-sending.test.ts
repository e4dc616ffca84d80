import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Card } from '../../../cards/card.ts';
import { seedDemo } from '../../../src/cli/seed-demo.ts';
import { type Bot, createBot } from '../../../src/core/handle-event.ts';
import { createDb, type Db } from '../../../src/db/client.ts';
import { recordPush } from '../../../src/db/pushes.ts';
import { fixedNow, personId, timeZone } from '../../helpers/bot.ts';
import { createTestDb } from '../../helpers/db.ts';
import { startFakeSlackApi } from './fake-slack-api.ts';
import { blocksText, type SlackService, startSlackService } from './slack-harness.ts';
import { directMessage, postToSlackRoute } from './slack-payloads.ts';

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

/** A demo database where Slack user U_ZHANG is 张伟, for the crash tests' two process lifetimes. */
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

/** Waits, bounded, for the outbox's timer to make a later attempt. */
async function until(condition: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await condition()) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('Slack: sending through the outbox', () => {
  it('a 429 is retried after the Retry-After Slack asked for, and the message arrives', async () => {
    const service = await start();
    service.api.script('chat.postMessage', {
      status: 429,
      body: { ok: false, error: 'ratelimited' },
      headers: { 'retry-after': '1' },
    });
    await postToSlackRoute(service.base, directMessage(logVisit));
    await service.settle();
    await until(() => service.api.callsTo('chat.postMessage').length >= 2);
    const [limited, retried] = service.api.callsTo('chat.postMessage');
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(950);
    expect(retried!.body.text).toBe(limited!.body.text);
    await until(async () => (await service.db.outboxMessage.count({ where: { status: 'pending' } })) === 0);
    expect(await service.db.outboxMessage.count({ where: { status: 'sent' } })).toBeGreaterThanOrEqual(1);
  });

  it('a 5xx is retried; a business error (channel_not_found) fails for good without blocking the next message', async () => {
    const service = await start();
    service.api.script('chat.postMessage', { status: 503, body: 'unavailable' });
    await postToSlackRoute(service.base, directMessage('帮助', { eventId: 'Ev_A' }));
    await service.settle();
    await until(async () => (await service.db.outboxMessage.count({ where: { status: 'sent' } })) === 1);
    expect(service.api.callsTo('chat.postMessage')).toHaveLength(2);
    expect(await service.db.outboxMessage.findFirst({ where: { status: 'sent' } })).not.toBeNull();

    service.api.script('chat.postMessage', { status: 200, body: { ok: false, error: 'channel_not_found' } });
    await postToSlackRoute(service.base, directMessage('帮助', { eventId: 'Ev_B' }));
    await postToSlackRoute(service.base, directMessage('help', { eventId: 'Ev_C' }));
    await service.settle();
    await until(async () => (await service.db.outboxMessage.count({ where: { status: 'pending' } })) === 0);
    const failed = await service.db.outboxMessage.findMany({ where: { status: 'failed' } });
    expect(failed.map((row) => row.lastError)).toEqual(['channel_not_found']);
    expect(await service.db.outboxMessage.count({ where: { status: 'sent' } })).toBe(2);
  });

  it('an event acknowledged just before the process died is processed at the next start', async () => {
    const { db, url } = await zhangsDatabase();
    const api = await startFakeSlackApi();
    const hanging: Bot = { handle: () => new Promise(() => {}) };
    const dying = await startSlackService({ db, bot: hanging, api });
    expect((await postToSlackRoute(dying.base, directMessage(logVisit))).status).toBe(200);
    await dying.kill();
    expect((await db.inboundEvent.findFirstOrThrow()).status).toBe('received');
    const visitsBefore = await db.visit.count();

    const restartedDb = await createDb(url);
    const restarted = await start({ db: restartedDb, bot: realBot(restartedDb), api });
    await restarted.settle();
    expect(await restartedDb.visit.count()).toBe(visitsBefore + 1);
    expect((await restartedDb.inboundEvent.findFirstOrThrow()).status).toBe('processed');
    expect(blocksText(api.callsTo('chat.postMessage')[0]!.body)).toContain('华为技术有限公司');
    await api.close();
  });

  it('an event whose visit was saved just before the process died is not run again, and its reply still arrives once', async () => {
    const { db, url } = await zhangsDatabase();
    const api = await startFakeSlackApi();
    const real = realBot(db);
    let saved!: () => void;
    const visitSaved = new Promise<void>((resolve) => {
      saved = resolve;
    });
    // The use case commits, then the process dies before the reply is queued or the event marked.
    const dyingAfterWork: Bot = {
      handle: async (event) => {
        await real.handle(event);
        saved();
        return new Promise(() => {});
      },
    };
    const visitsBefore = await db.visit.count();
    const dying = await startSlackService({ db, bot: dyingAfterWork, api });
    expect((await postToSlackRoute(dying.base, directMessage(logVisit))).status).toBe(200);
    await visitSaved;
    await dying.kill();
    expect((await db.inboundEvent.findFirstOrThrow()).status).toBe('received');

    const restartedDb = await createDb(url);
    const restarted = await start({ db: restartedDb, bot: realBot(restartedDb), api });
    await restarted.settle();
    expect(await restartedDb.visit.count()).toBe(visitsBefore + 1);
    expect((await restartedDb.inboundEvent.findFirstOrThrow()).status).toBe('processed');
    // The visit card and the minutes card, as the first process would have sent them.
    const posts = api.callsTo('chat.postMessage').map((call) => blocksText(call.body));
    expect(posts).toHaveLength(2);
    expect(posts[0]).toContain('华为技术有限公司');
    expect(posts[1]).toContain('会议纪要');
    await api.close();
  });

  it('pushes: a direct message to a person by user id, a team chat by channel, and a keyed card updated in place', async () => {
    const service = await start();
    const card = (text: string): Card => ({
      key: 'digest:zhang',
      tone: 'info',
      title: '今日跟进',
      sections: [{ text }],
      buttons: [],
    });
    const zhang = await personId(service.db, '张伟');
    await recordPush(
      service.db,
      { key: 'p1', personId: zhang, kind: 'digest', cards: [card('三条跟进')] },
      fixedNow,
    );
    await recordPush(
      service.db,
      {
        key: 'p2',
        chat: 'slack:C_TEAM',
        kind: 'report',
        cards: [{ tone: 'info', title: '团队日报', sections: [], buttons: [] }],
      },
      fixedNow,
    );
    await service.adapter.push.deliverDue();
    await service.adapter.outbox.drain();
    const posts = service.api.callsTo('chat.postMessage');
    expect(posts.map((call) => call.body.channel).sort()).toEqual(['C_TEAM', 'U_ZHANG']);

    await recordPush(
      service.db,
      { key: 'p3', personId: zhang, kind: 'digest', cards: [card('两条跟进')] },
      fixedNow,
    );
    await service.adapter.push.deliverDue();
    await service.adapter.outbox.drain();
    expect(service.api.callsTo('chat.postMessage')).toHaveLength(2);
    const [update] = service.api.callsTo('chat.update');
    expect(update!.body.channel).toBe('D_ZHANG');
    expect(blocksText(update!.body)).toContain('两条跟进');
  });
});
