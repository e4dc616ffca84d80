import { WebClient } from '@slack/web-api';
import type { Config } from '../../config.ts';
import type { Bot } from '../../core/handle-event.ts';
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import type { ChannelHealth } from '../http/check-health.ts';
import type { RouteHandler } from '../http/create-server.ts';
import { createAckGate, holdingGate } from '../shared/create-ack-gate.ts';
import { createInboundQueue, type InboundQueue } from '../shared/inbound-queue.ts';
import { createOutboxWorker, type OutboxWorker } from '../shared/outbox-worker.ts';
import { createPushDelivery, type PushDelivery } from '../shared/push-delivery.ts';
import { createSlackDispatcher, type SlackDispatcher } from './create-slack-dispatcher.ts';
import { createSlackPeople } from './create-slack-people.ts';
import { createSlackRoute } from './create-slack-route.ts';
import { createSlackSender } from './create-slack-sender.ts';
import { createSlackFileDownloader } from './download-slack-file.ts';
import { planSlackPush } from './plan-slack-reply.ts';
import { createSlackProcessor } from './process-slack-inbound.ts';
import { createSlackHome } from './slack-home.ts';
import type { SlackInbound } from './slack-inbound.ts';
import { toSlackLogger } from './slack-logger.ts';
import { createSocketMode, type SocketMode } from './start-socket-mode.ts';

export interface SlackAdapter {
  /** POST /slack/events, when a signing secret is set (HTTP mode). */
  routes: Record<string, RouteHandler>;
  dispatcher: SlackDispatcher;
  queue: InboundQueue<SlackInbound>;
  outbox: OutboxWorker;
  push: PushDelivery;
  /** Recovers events left unprocessed by the last process, starts sending, connects Socket Mode. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** For /healthz: Socket Mode's connection, or HTTP mode (always up once configured). */
  health(): ChannelHealth;
}

/** chatcrm as a Slack app: receiving (HTTP and/or Socket Mode), the outbox and pushes. */
export function createSlackAdapter(deps: {
  config: Config['slack'] & { botToken: string };
  db: Db;
  logger: Logger;
  bot: Bot;
  /** The core's clock (form dates are checked against it); sending and retries run on real time. */
  now: () => Date;
  timeZone: string;
  /** For tests: the outbox's and push delivery's polling. */
  pollMs?: number;
  /** For tests: Socket Mode's least time between connection attempts (default 1 s). */
  socketRetryMs?: number;
}): SlackAdapter {
  const logger = deps.logger.child({ platform: 'slack' });
  const client = new WebClient(deps.config.botToken, {
    ...(deps.config.apiUrl ? { slackApiUrl: withSlash(deps.config.apiUrl) } : {}),
    // The outbox is the only retry layer: the client must not wait out 429s or retry on its own.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
    logger: toSlackLogger(logger),
  });
  // Acknowledgements come before background work on the one event loop (see ../shared/create-ack-gate.ts).
  const gate = createAckGate();
  const outbox = createOutboxWorker({
    db: deps.db,
    logger,
    platform: 'slack',
    send: createSlackSender({
      client,
      logger,
      // The stand-in that SLACK_API_URL points at (tests) also answers response_urls.
      ...(deps.config.apiUrl ? { hookOrigins: [new URL(deps.config.apiUrl).origin] } : {}),
    }),
    waitTurn: gate.idle,
    // Fewer, larger rounds: each round looks for due messages across the whole outbox.
    concurrency: 32,
    ...(deps.pollMs ? { pollMs: deps.pollMs } : {}),
  });
  const processInbound = createSlackProcessor({
    db: deps.db,
    bot: deps.bot,
    people: createSlackPeople({ db: deps.db, client, logger }),
    outbox,
    download: createSlackFileDownloader({
      botToken: deps.config.botToken,
      ...(deps.config.apiUrl ? { apiUrl: deps.config.apiUrl } : {}),
      logger,
    }),
    home: createSlackHome({
      bot: deps.bot,
      publish: async (user, blocks) => {
        await client.views.publish({ user_id: user, view: { type: 'home', blocks } });
      },
      logger,
    }),
  });
  const queue = createInboundQueue<SlackInbound>({
    db: deps.db,
    logger,
    platform: 'slack',
    orderKey: (inbound) => inbound.channel,
    process: async (inbound, work) => {
      await gate.idle();
      await processInbound(inbound, work);
    },
    // One use case at a time (SQLite has one writer): an acknowledgement waits for at most one of them.
    concurrency: 1,
  });
  const dispatcher = createSlackDispatcher({
    queue,
    openModal: async (triggerId, view) => {
      await client.views.open({ trigger_id: triggerId, view });
    },
    logger,
    now: deps.now,
    timeZone: deps.timeZone,
  });
  const push = createPushDelivery({
    db: deps.db,
    logger,
    platform: 'slack',
    outbox,
    toMessages: (target, cards) =>
      target.kind === 'person'
        ? planSlackPush(deps.db, cards, target.externalId, new Date(), target.locale)
        : planSlackPush(deps.db, cards, target.chatId, new Date(), 'zh-Hans'),
    ...(deps.pollMs ? { pollMs: deps.pollMs } : {}),
  });
  const { signingSecret, appToken } = deps.config;
  const routes: Record<string, RouteHandler> = signingSecret
    ? { '/slack/events': holdingGate(gate, createSlackRoute({ signingSecret, dispatcher, logger })) }
    : {};
  const socket: SocketMode | undefined = appToken
    ? createSocketMode({
        appToken,
        apiUrl: deps.config.apiUrl && withSlash(deps.config.apiUrl),
        dispatcher,
        gate,
        logger,
        ...(deps.socketRetryMs ? { retryMs: deps.socketRetryMs } : {}),
      })
    : undefined;

  return {
    routes,
    dispatcher,
    queue,
    outbox,
    push,
    async start() {
      outbox.start();
      push.start();
      await queue.recover();
      if (socket) await socket.start();
      logger.info(
        { http: Boolean(signingSecret), socketMode: Boolean(socket) },
        signingSecret ? 'slack events on POST /slack/events' : 'slack connected over socket mode',
      );
    },
    health: () => (socket ? { mode: 'socket_mode', up: socket.isConnected() } : { mode: 'http', up: true }),
    async stop() {
      if (socket)
        await socket.stop().catch((error: unknown) => logger.warn({ err: error }, 'socket mode stop failed'));
      push.stop();
      await queue.drain();
      await outbox.stop();
    },
  };
}

/** The Web API client joins method names straight onto the base URL. */
function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
