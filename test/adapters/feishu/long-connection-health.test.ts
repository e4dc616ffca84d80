import type { Server } from 'node:http';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createFeishuAdapter,
  type FeishuAdapter,
} from '../../../src/adapters/feishu/create-feishu-adapter.ts';
import { createHttpServer, listen } from '../../../src/adapters/http/create-server.ts';
import { createBot } from '../../../src/core/handle-event.ts';
import { fixedNow, timeZone } from '../../helpers/bot.ts';
import { captureLogs } from '../../helpers/capture-logs.ts';
import { createTestDb } from '../../helpers/db.ts';
import { startFakeLongConnection } from './fake-long-connection.ts';
import { appId } from './fixtures.ts';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

/** The Feishu adapter in long-connection mode against the fake, and /healthz on 127.0.0.1 as main.ts wires it. */
async function startLongConnectionService() {
  const fake = await startFakeLongConnection();
  cleanup.push(fake.close);
  const logs = captureLogs('info');
  const { db } = await createTestDb();
  const adapter: FeishuAdapter = createFeishuAdapter({
    db,
    logger: logs.logger,
    bot: createBot({ db, logger: pino({ level: 'silent' }), now: () => fixedNow, timeZone }),
    config: {
      appId,
      appSecret: 'app-secret',
      domain: fake.url,
      longConnection: true,
      staleAfterSeconds: 120,
    },
    timeZone,
    now: () => fixedNow,
    pushPollMs: 60_000,
  });
  const server: Server = createHttpServer({
    db,
    logger: pino({ level: 'silent' }),
    routes: adapter.routes,
    channels: { feishu: adapter.health },
  });
  const port = await listen(server, 0);
  cleanup.push(async () => {
    await adapter.stop();
    await new Promise((resolve) => server.close(resolve));
    await db.$disconnect();
  });
  const health = async () => {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  return { fake, logs, adapter, health };
}

describe('/healthz with the Feishu long connection', () => {
  it('is 200 while the socket is open, 503 while it is lost, and 200 again once it is back', async () => {
    const { fake, logs, adapter, health } = await startLongConnectionService();
    await adapter.start();
    await logs.logged('feishu long connection ready');
    expect(await health()).toMatchObject({
      status: 200,
      body: { status: 'ok', channels: { feishu: { mode: 'long_connection', up: true } } },
    });

    // Feishu goes away: the socket drops and the endpoint answers 5xx, so the SDK keeps retrying.
    fake.answer('busy');
    fake.drop();
    await logs.logged('feishu long connection lost');
    expect(await health()).toMatchObject({
      status: 503,
      body: {
        status: 'unavailable',
        database: 'ok',
        channels: { feishu: { mode: 'long_connection', up: false } },
      },
    });

    fake.answer('ok');
    await logs.logged('feishu long connection restored');
    expect((await health()).status).toBe(200);
    expect(fake.connections()).toBe(2);
  });

  it('is 503 when Feishu refuses the app: the long connection never comes up', async () => {
    const { fake, logs, adapter, health } = await startLongConnectionService();
    fake.answer('refused');
    await adapter.start();
    await logs.logged('feishu long connection failed');
    expect(await health()).toMatchObject({
      status: 503,
      body: { status: 'unavailable', channels: { feishu: { mode: 'long_connection', up: false } } },
    });
    expect(fake.connections()).toBe(0);
  });
});
