import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config.ts';
import { createDb } from '../db/client.ts';
import { applyMigrations } from '../db/migrations.ts';
import { runParse } from './parse-command.ts';
import { seedDemo } from './seed-demo.ts';

const usage = `usage: npm run -s crm -- <command>
  migrate                               apply pending database migrations
  seed-demo                             load the demo team and customers (once)
  parse [--now ISO] [--tz ZONE] [TEXT]  print what the parser understood; without TEXT, one text per stdin line`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfigOrExit(process.env);
  switch (command) {
    case 'migrate': {
      const applied = await applyMigrations(config.databaseUrl);
      console.log(applied.length > 0 ? `applied ${applied.join(', ')}` : 'the database is up to date');
      return 0;
    }
    case 'seed-demo': {
      await applyMigrations(config.databaseUrl);
      const db = await createDb(config.databaseUrl);
      const { seeded, customers } = await seedDemo(db, new Date());
      console.log(
        seeded
          ? `seeded the demo team and ${customers} customers`
          : 'the demo team is already there: nothing to do',
      );
      await db.$disconnect();
      return 0;
    }
    case 'parse': {
      const { values, positionals } = parseArgs({
        args: rest,
        options: { now: { type: 'string' }, tz: { type: 'string' } },
        allowPositionals: true,
      });
      return runParse({
        tz: values.tz ?? config.timeZone,
        ...(values.now ? { now: values.now } : {}),
        ...(positionals.length > 0 ? { text: positionals.join(' ') } : {}),
      });
    }
    default:
      console.error(command ? `unknown command "${command}"\n${usage}` : usage);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
