import type { AddressInfo } from 'node:net';
import nock from 'nock';
import pino from 'pino';
import { createHttpServer, listen } from '../../../src/adapters/http/create-server.ts';
import { createSlackAdapter } from '../../../src/adapters/slack/create-slack-adapter.ts';
import type { Config } from '../../../src/config.ts';
import type { Bot } from '../../../src/core/handle-event.ts';
import type { Db } from '../../../src/db/client.ts';
import type { Logger } from '../../../src/logger.ts';
import { createTestBot, fixedNow, personId, timeZone } from '../../helpers/bot.ts';
import { type FakeSlackApi, startFakeSlackApi } from './fake-slack-api.ts';
import { signingSecret } from './slack-payloads.ts';

const logger = pino({ level: 'silent' });

/** Slack users of the tests, mapped to the demo people. */
export const slackUsers = { zhang: 'U_ZHANG', li: 'U_LI', manager: 'U_MANAGER', admin: 'U_ADMIN' } as const;

/**
 * chatcrm's Slack adapter on our HTTP server on 127.0.0.1, on a seeded test database with the fixed
 * clock, talking to a fake Slack API. Real network is off.
 */
export async function startSlackService(
  options: {
    db?: Db;
    bot?: Bot;
    api?: FakeSlackApi;
    /** Over the defaults (HTTP mode with the test signing secret): e.g. an app token for Socket Mode. */
    config?: Partial<Config['slack']>;
    socketRetryMs?: number;
    /** Puts something around the core (to hold it, say). */
    wrapBot?: (bot: Bot) => Bot;
    /** The adapter's logger (silent unless given). */
    logger?: Logger;
  } = {},
) {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  const test = options.db ? null : await createTestBot();
  const db = options.db ?? test!.db;
  if (test) {
    for (const [key, user] of [
      ['张伟', slackUsers.zhang],
      ['李娜', slackUsers.li],
      ['王经理', slackUsers.manager],
      ['管理员', slackUsers.admin],
    ] as const)
      await db.identity.create({
        data: { platform: 'slack', externalId: user, personId: await personId(db, key) },
      });
  }
  const api = options.api ?? (await startFakeSlackApi());
  const core = options.bot ?? test!.bot;
  const bot = options.wrapBot ? options.wrapBot(core) : core;
  const adapter = createSlackAdapter({
    config: { botToken: 'xoxb-test', signingSecret, apiUrl: api.apiUrl, ...options.config },
    db,
    logger: options.logger ?? logger,
    bot,
    now: () => fixedNow,
    timeZone,
    pollMs: 50,
    ...(options.socketRetryMs ? { socketRetryMs: options.socketRetryMs } : {}),
  });
  const server = createHttpServer({
    db,
    logger,
    routes: adapter.routes,
    channels: { slack: adapter.health },
  });
  await listen(server, 0);
  await adapter.start();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const seededVisits = await db.visit.count();
  return {
    /** Visits logged since the service started (the demo data has some). */
    visitsLogged: async () => (await db.visit.count()) - seededVisits,
    /** The newest visit. */
    lastVisit: () =>
      db.visit.findFirstOrThrow({ orderBy: { id: 'desc' }, include: { customer: true, author: true } }),
    db,
    api,
    adapter,
    base,
    /** Waits until the queued work is done and the outbox has sent everything due. */
    async settle() {
      await adapter.queue.drain();
      await adapter.outbox.drain();
    },
    /** Dies like a killed process: the HTTP server and the workers stop, queued work is abandoned. */
    async kill() {
      adapter.push.stop();
      await adapter.outbox.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
    async stop() {
      await adapter.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      if (!options.api) await api.close();
    },
  };
}

export type SlackService = Awaited<ReturnType<typeof startSlackService>>;

/** The blocks' text, for asserting what a person reads. */
export function blocksText(body: Record<string, unknown>): string {
  return JSON.stringify(body.blocks ?? []);
}

/** The buttons of a posted message: action_id, label and value. */
export function buttonsOf(body: Record<string, unknown>) {
  const blocks = (body.blocks ?? []) as {
    type: string;
    elements?: { action_id: string; value: string; text: { text: string } }[];
  }[];
  return blocks
    .filter((block) => block.type === 'actions')
    .flatMap((block) => block.elements ?? [])
    .map((element) => ({ action_id: element.action_id, value: element.value, text: element.text.text }));
}
