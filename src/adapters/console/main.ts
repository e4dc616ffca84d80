import { createInterface } from 'node:readline/promises';
import { seedDemo } from '../../cli/seed-demo.ts';
import { loadConfigOrExit, loadEnvFile } from '../../config.ts';
import { createBot } from '../../core/handle-event.ts';
import { databasePathOf } from '../../db/database-busy.ts';
import { openDatabase } from '../../db/open-database.ts';
import { isJobName, jobs, slotOf } from '../../jobs/scheduler.ts';
import { createLogger } from '../../logger.ts';
import { createLanguageModel } from '../openai/create-openai-model.ts';
import { createConsoleSession } from './console-session.ts';

const demoDatabaseUrl = 'file:./data/demo.db';

// `npm run chat`: talk to the bot in a terminal as a demo person, cards drawn as text.
async function main(): Promise<void> {
  loadEnvFile();
  // The demo team and whatever is typed here stay out of the service's database unless DATABASE_URL
  // says otherwise.
  const config = loadConfigOrExit(process.env, { DATABASE_URL: demoDatabaseUrl });
  // Log lines would interleave with the conversation: only problems go to stderr.
  const logger = createLogger({ level: 'warn', pretty: true });
  const db = await openDatabase(config.databaseUrl, logger);
  console.log(
    config.databaseUrl === demoDatabaseUrl
      ? `Database: ${databasePathOf(config.databaseUrl)} (the console's own; set DATABASE_URL to use another).`
      : `Database: ${databasePathOf(config.databaseUrl)} (from DATABASE_URL).`,
  );
  if ((await db.person.count()) === 0 && (await db.customer.count()) === 0) {
    const { customers } = await seedDemo(db, new Date());
    console.log(`The database was empty, so I loaded the demo team and ${customers} customers.`);
  }
  const llm = createLanguageModel(config.openai, logger);
  // What the bot and `/run JOB` both run on.
  const jobDeps = { db, logger, now: () => new Date(), timeZone: config.timeZone, ...(llm ? { llm } : {}) };
  const bot = createBot(jobDeps);
  const runJob = async (name: string): Promise<string> => {
    if (!isJobName(name)) return `/run one of: ${Object.keys(jobs).join(', ')}`;
    const outcome = await jobs[name](jobDeps, slotOf(new Date()));
    return outcome.ran
      ? `${name}: ${outcome.done} done, ${outcome.failed} failed`
      : `${name} already ran this minute`;
  };
  const session = createConsoleSession({
    bot,
    db,
    sender: { platform: 'console', externalId: 'demo:zhang' },
    now: () => new Date(),
    runJob,
  });
  console.log(
    [
      'chatcrm console. Type a message as you would in Slack or Feishu; type a number to press a button.',
      'You are 张伟, a sales rep. /as 王经理 switches person, /people lists everyone, "help" shows examples, Ctrl+D quits.',
      `Scheduled pushes show up after your next line; /run ${Object.keys(jobs).join('|')} runs a job now.`,
      '',
    ].join('\n'),
  );
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: '> ' });
  rl.prompt();
  for await (const line of rl) {
    try {
      console.log(await session.send(line));
      // A model's draft arrives after the reply: show it as soon as it is there.
      void bot
        .idle()
        .then(() => session.pushes())
        .then((late) => {
          if (late !== '') {
            console.log(`\n${late}`);
            rl.prompt();
          }
        });
    } catch (error) {
      console.error('error:', error instanceof Error ? error.message : error);
    }
    rl.prompt();
  }
  await db.$disconnect();
}

void main();
