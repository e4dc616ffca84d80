import nock from 'nock';
import pino from 'pino';
import { createFeishuAdapter } from '../../../src/adapters/feishu/create-feishu-adapter.ts';
import { createHttpServer, listen } from '../../../src/adapters/http/create-server.ts';
import { seedDemo } from '../../../src/cli/seed-demo.ts';
import { type Bot, createBot } from '../../../src/core/handle-event.ts';
import type { Logger } from '../../../src/logger.ts';
import { fixedNow, timeZone } from '../../helpers/bot.ts';
import { createTestDb } from '../../helpers/db.ts';
import { startFakeOpenPlatform } from './fake-open-platform.ts';
import { appId, encryptedRequest, encryptKey, verificationToken } from './fixtures.ts';

/**
 * The Feishu adapter on our HTTP server on 127.0.0.1, sending to a fake open platform, on a demo
 * database where 张伟 is Feishu user ou_zhang, with the fixed test clock.
 */
export async function startFeishuHarness(
  options: {
    mode?: 'encrypted' | 'token';
    budgetMs?: number;
    slowCoreMs?: number;
    /** The adapter's logger (silent unless given). */
    logger?: Logger;
    /** Stands between the adapter and the core, to change what the core answers. */
    wrapCore?: (core: Bot) => Bot;
  } = {},
) {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  const fake = await startFakeOpenPlatform();
  const { db } = await createTestDb();
  await seedDemo(db, fixedNow);
  const zhang = await db.person.findFirstOrThrow({ where: { name: '张伟' } });
  await db.identity.create({ data: { platform: 'feishu', externalId: 'ou_zhang', personId: zhang.id } });
  let clock = fixedNow;
  const encrypted = (options.mode ?? 'encrypted') === 'encrypted';
  const created = createBot({ db, logger: pino({ level: 'silent' }), now: () => clock, timeZone });
  const core = options.wrapCore ? options.wrapCore(created) : created;
  const slowCoreMs = options.slowCoreMs;
  const adapter = createFeishuAdapter({
    db,
    // A slow core (a busy database, a language model) stands in for one that misses the callback budget.
    bot: slowCoreMs
      ? { handle: (event) => new Promise((r) => setTimeout(r, slowCoreMs)).then(() => core.handle(event)) }
      : core,
    logger: options.logger ?? pino({ level: 'silent' }),
    config: {
      appId,
      appSecret: 'app-secret',
      verificationToken,
      ...(encrypted ? { encryptKey } : {}),
      domain: fake.url,
      longConnection: false,
      staleAfterSeconds: 120,
    },
    timeZone,
    now: () => clock,
    callbackBudgetMs: options.budgetMs ?? 2500,
    pushPollMs: 60_000,
  });
  const server = createHttpServer({ db, logger: pino({ level: 'silent' }), routes: adapter.routes });
  const port = await listen(server, 0);
  await adapter.start();

  async function post(
    path: string,
    body: unknown,
    init: { raw?: Buffer; headers?: Record<string, string> } = {},
  ) {
    const request = init.raw
      ? { raw: init.raw, headers: init.headers ?? {} }
      : encrypted
        ? encryptedRequest(body)
        : { raw: Buffer.from(JSON.stringify(body)), headers: { 'content-type': 'application/json' } };
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method: 'POST',
      headers: { ...request.headers, ...init.headers },
      body: request.raw,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  return {
    db,
    fake,
    adapter,
    /** The service's port on 127.0.0.1. */
    port,
    post,
    /** Everything received is processed and everything queued is sent (or waiting for a retry). */
    async settle() {
      await adapter.queue.drain();
      await adapter.outbox.drain();
    },
    setNow(date: Date) {
      clock = date;
    },
    now: () => clock,
    async close() {
      await adapter.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.close();
      nock.enableNetConnect();
    },
  };
}

export type FeishuHarness = Awaited<ReturnType<typeof startFeishuHarness>>;
