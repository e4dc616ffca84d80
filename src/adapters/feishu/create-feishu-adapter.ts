import * as lark from '@larksuiteoapi/node-sdk';
import type { Config } from '../../config.ts';
import { type Bot, createBot } from '../../core/handle-event.ts';
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import type { ChannelHealth } from '../http/check-health.ts';
import type { RouteHandler } from '../http/create-server.ts';
import { createAckGate } from '../shared/create-ack-gate.ts';
import { createInboundQueue, type InboundQueue } from '../shared/inbound-queue.ts';
import { createOutboxWorker, type OutboxWorker } from '../shared/outbox-worker.ts';
import { createPushDelivery } from '../shared/push-delivery.ts';
import { type CardResponder, createCardResponder } from './create-card-responder.ts';
import { createChatKindLookup } from './create-chat-kind-lookup.ts';
import { createFeishuIntake, type FeishuIntake } from './create-feishu-intake.ts';
import { createFeishuRoutes } from './create-feishu-routes.ts';
import { createFeishuSender } from './create-feishu-sender.ts';
import { createNameLookup } from './create-name-lookup.ts';
import { createTokenCache } from './create-token-cache.ts';
import { createFeishuFileDownloader } from './download-feishu-file.ts';
import { createBotOpenId } from './find-bot-open-id.ts';
import { createFeishuProcessor, type FeishuInbound } from './handle-feishu-inbound.ts';
import { sdkLogger } from './sdk-logger.ts';
import { startLongConnection } from './start-long-connection.ts';
import { toFeishuPushMessages } from './to-feishu-push-messages.ts';

export interface FeishuAdapter {
  /** POST /feishu/events and /feishu/cards, for the one HTTP server (empty in long-connection mode). */
  routes: Record<string, RouteHandler>;
  /** Where verified events enter, from webhooks or the long connection. */
  intake: FeishuIntake;
  queue: InboundQueue<FeishuInbound>;
  outbox: OutboxWorker;
  /** Moves waiting pushes into the outbox now (the adapter also does it every few seconds). */
  deliverPushes(): Promise<number>;
  /** Recovers events recorded before a crash, starts sending, delivering pushes and the long connection. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** For /healthz: the long connection's state, or webhooks (always up once configured). */
  health(): ChannelHealth;
}

export interface FeishuAdapterDeps {
  db: Db;
  logger: Logger;
  config: Config['feishu'] & { appId: string; appSecret: string };
  timeZone: string;
  now?: () => Date;
  /** How long a card callback waits for the core before answering with a toast (Feishu allows 3 s). */
  callbackBudgetMs?: number;
  pushPollMs?: number;
  /** The core; by default one on the same database (tests and benchmarks wrap it). */
  bot?: Bot;
}

/** Feishu / Lark: receiving (webhooks or long connection), the core, and sending through the outbox. */
export function createFeishuAdapter(deps: FeishuAdapterDeps): FeishuAdapter {
  const now = deps.now ?? (() => new Date());
  const log = deps.logger.child({ platform: 'feishu' });
  const { config } = deps;
  const domain = config.domain?.replace(/\/+$/, '') ?? 'https://open.feishu.cn';
  const tokens = createTokenCache(now);
  const client = new lark.Client({
    appId: config.appId,
    appSecret: config.appSecret,
    domain,
    cache: tokens,
    logger: sdkLogger(log),
    loggerLevel: lark.LoggerLevel.warn,
  });
  // Webhook answers come before background work on the one event loop (see ../shared/create-ack-gate.ts).
  const gate = createAckGate();
  const bot = deps.bot ?? createBot({ db: deps.db, logger: deps.logger, now, timeZone: deps.timeZone });
  const outbox = createOutboxWorker({
    db: deps.db,
    logger: deps.logger,
    platform: 'feishu',
    send: createFeishuSender({ client, tokens, logger: log }),
    waitTurn: gate.idle,
    now,
  });
  let responder: CardResponder | undefined;
  const queue = createInboundQueue<FeishuInbound>({
    db: deps.db,
    logger: deps.logger,
    platform: 'feishu',
    now,
    // One event's work at a time on the event loop: a webhook answer waits for at most one of them.
    concurrency: 1,
    orderKey: (payload) =>
      payload.type === 'menu' ? `open_id:${payload.operatorOpenId}` : payload.chatId || payload.messageId,
    process: createFeishuProcessor({
      db: deps.db,
      logger: log,
      bot,
      outbox,
      findName: createNameLookup({ client, logger: log }),
      findChatKind: createChatKindLookup({ client, logger: log }),
      claim: (eventId) => responder?.claim(eventId) ?? null,
      now,
      timeZone: deps.timeZone,
      staleAfterMs: config.staleAfterSeconds * 1000,
      idle: gate.idle,
      download: createFeishuFileDownloader({ client, tokens, logger: log }),
    }),
  });
  // Feishu waits 3 s; a busy event loop answers after the timer is due (the fault fuzz saw 370 ms late
  // at 2.5 s, and about 1.1 s late at 2 s on a machine loaded eight times over), so 1.5 s leaves room.
  responder = createCardResponder({ queue, budgetMs: deps.callbackBudgetMs ?? 1500 });
  const intake = createFeishuIntake({
    queue,
    responder,
    findBotOpenId: createBotOpenId({ client, logger: log }),
    logger: log,
  });
  const pushes = createPushDelivery({
    db: deps.db,
    logger: deps.logger,
    platform: 'feishu',
    outbox,
    now,
    pollMs: deps.pushPollMs,
    toMessages: async (target, cards) => toFeishuPushMessages(target, cards),
  });
  let connection: ReturnType<typeof startLongConnection> | undefined;

  return {
    routes: config.longConnection
      ? {}
      : createFeishuRoutes({
          intake,
          secrets: { encryptKey: config.encryptKey, verificationToken: config.verificationToken },
          logger: log,
          gate,
        }),
    intake,
    queue,
    outbox,
    deliverPushes: () => pushes.deliverDue(),
    async start() {
      await queue.recover();
      outbox.start();
      pushes.start();
      if (config.longConnection)
        connection = startLongConnection({
          appId: config.appId,
          appSecret: config.appSecret,
          domain,
          intake,
          logger: log,
        });
      log.info(
        { mode: config.longConnection ? 'long_connection' : 'webhook', domain },
        'feishu adapter started',
      );
    },
    health: () =>
      config.longConnection
        ? { mode: 'long_connection', up: connection?.isConnected() ?? false }
        : { mode: 'webhook', up: true },
    async stop() {
      connection?.close();
      pushes.stop();
      await queue.drain();
      await outbox.stop();
    },
  };
}
