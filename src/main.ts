import { createFeishuAdapter } from './adapters/feishu/create-feishu-adapter.ts';
import { createHttpServer, listen } from './adapters/http/create-server.ts';
import { createLanguageModel } from './adapters/openai/create-openai-model.ts';
import { createSlackAdapter } from './adapters/slack/create-slack-adapter.ts';
import { loadConfigOrExit, loadEnvFile } from './config.ts';
import { createBot } from './core/handle-event.ts';
import { makeAdmin } from './db/make-admin.ts';
import { openDatabase } from './db/open-database.ts';
import { startCheckpointer } from './db/start-checkpointer.ts';
import { warnOfCalendarGap } from './db/warn-calendar-gap.ts';
import { startScheduler } from './jobs/scheduler.ts';
import { createLogger } from './logger.ts';
import { shutDown } from './shut-down.ts';

// The composition root: config → logger → database → adapters and server.
async function main(): Promise<void> {
  const envFile = loadEnvFile();
  const config = loadConfigOrExit(process.env);
  const logger = createLogger({
    level: config.logLevel,
    pretty: config.env !== 'production' && process.stdout.isTTY,
  });
  if (envFile) logger.info({ envFile }, 'settings read from .env (the environment wins over it)');
  const db = await openDatabase(config.databaseUrl, logger);
  const checkpointer = await startCheckpointer(db, config.databaseUrl, logger);
  await warnOfCalendarGap(db, logger, new Date(), config.timeZone);
  // ADMIN_USERS who wrote before are admins now; the others become admins when they first write.
  for (const account of config.adminUsers)
    await makeAdmin(db, account, { create: false, source: 'ADMIN_USERS', now: new Date() });
  // Optional: without OPENAI_API_KEY the bot runs on rules and templates.
  const llm = createLanguageModel(config.openai, logger);
  // What the bot and the scheduled jobs both run on.
  const deps = { db, logger, now: () => new Date(), timeZone: config.timeZone, ...(llm ? { llm } : {}) };
  const bot = createBot({ ...deps, adminUsers: config.adminUsers });
  const { appId: feishuAppId, appSecret: feishuAppSecret } = config.feishu;
  const feishuAdapter =
    feishuAppId && feishuAppSecret
      ? createFeishuAdapter({
          db,
          logger,
          bot,
          config: { ...config.feishu, appId: feishuAppId, appSecret: feishuAppSecret },
          timeZone: config.timeZone,
        })
      : undefined;
  const { botToken: slackBotToken } = config.slack;
  const slackAdapter = slackBotToken
    ? createSlackAdapter({
        db,
        logger,
        bot,
        config: { ...config.slack, botToken: slackBotToken },
        now: () => new Date(),
        timeZone: config.timeZone,
      })
    : undefined;
  const server = createHttpServer({
    db,
    logger,
    routes: { ...feishuAdapter?.routes, ...slackAdapter?.routes },
    channels: {
      ...(slackAdapter ? { slack: slackAdapter.health } : {}),
      ...(feishuAdapter ? { feishu: feishuAdapter.health } : {}),
    },
  });
  // Events a dead process recorded are taken over before the port opens, so that recovery never meets
  // an event this process is accepting (each event is also claimed by the process that records it).
  await feishuAdapter?.queue.recover();
  await slackAdapter?.queue.recover();
  const port = await listen(server, config.port);
  logger.info({ port, database: config.databaseUrl }, 'chatcrm is listening');
  const scheduler = await startScheduler(deps, { daily_report: config.reportCron });
  await feishuAdapter?.start();
  await slackAdapter?.start();

  const slack = Boolean(config.slack.botToken);
  const feishu = Boolean(config.feishu.appId);
  if (!slack && !feishu) {
    logger.info(
      `no Slack or Feishu credentials are set (SLACK_BOT_TOKEN, FEISHU_APP_ID): only /healthz is served. ` +
        `Try the bot locally with "npm run chat"; see README.md to connect a platform.`,
    );
  }

  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    shutDown(
      async () => {
        scheduler.stop();
        await new Promise((resolve) => server.close(resolve));
        // The adapter finishes the events it acknowledged before the database closes.
        await Promise.all([
          Promise.resolve(feishuAdapter?.stop()).catch((error: unknown) =>
            logger.error({ err: error }, 'feishu adapter did not stop cleanly'),
          ),
          Promise.resolve(slackAdapter?.stop()).catch((error: unknown) =>
            logger.error({ err: error }, 'slack adapter did not stop cleanly'),
          ),
        ]);
        try {
          await checkpointer.stop();
        } finally {
          await db.$disconnect();
        }
      },
      { logger },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

void main().catch((error: unknown) => {
  console.error('chatcrm failed to start:', error);
  process.exit(1);
});
