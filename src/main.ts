import { createHttpServer, listen } from './adapters/http/create-server.ts';
import { loadConfigOrExit } from './config.ts';
import { openDatabase } from './db/open-database.ts';
import { startScheduler } from './jobs/scheduler.ts';
import { createLogger } from './logger.ts';

// The composition root: config → logger → database → adapters and server.
async function main(): Promise<void> {
  const config = loadConfigOrExit(process.env);
  const logger = createLogger({
    level: config.logLevel,
    pretty: config.env !== 'production' && process.stdout.isTTY,
  });
  const db = await openDatabase(config.databaseUrl, logger);
  const server = createHttpServer({ db, logger });
  const port = await listen(server, config.port);
  logger.info({ port, database: config.databaseUrl }, 'chatcrm is listening');
  const scheduler = await startScheduler({ db, logger, now: () => new Date(), timeZone: config.timeZone });

  const slack = Boolean(config.slack.botToken);
  const feishu = Boolean(config.feishu.appId);
  if (!slack && !feishu) {
    logger.info(
      `no Slack or Feishu credentials are set (SLACK_BOT_TOKEN, FEISHU_APP_ID): only /healthz is served. ` +
        `Try the bot locally with "npm run chat"; see README.md to connect a platform.`,
    );
  } else {
    logger.warn(
      { slack, feishu },
      'platform credentials are set, but the Slack and Feishu adapters are not built yet: messages are not received',
    );
  }

  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    scheduler.stop();
    server.close(() => {
      void db.$disconnect().finally(() => process.exit(0));
    });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

void main().catch((error: unknown) => {
  console.error('chatcrm failed to start:', error);
  process.exit(1);
});
