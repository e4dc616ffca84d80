import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config.ts';
import { backupDatabase } from '../db/backup-database.ts';
import { createDb } from '../db/client.ts';
import { applyMigrations } from '../db/migrations.ts';
import { runExportCommand } from '../import/run-export-command.ts';
import { runImportCommand } from '../import/run-import-command.ts';
import { adminUsage, runAdminCommand } from './admin-command.ts';
import { runParse } from './parse-command.ts';
import { runReportCommand } from './report-command.ts';
import { seedDemo } from './seed-demo.ts';

const usage = `usage: npm run -s crm -- <command>
  migrate                               apply pending database migrations
  seed-demo                             load the demo team and customers (once)
  parse [--now ISO] [--tz ZONE] [TEXT]  print what the parser understood; without TEXT, one text per stdin line
  import FILE [--commit]                import customers from .csv/.xlsx: a dry run report, or write it all
  export FILE [--as NAME] [--what customers|contacts|visits|follow_ups|complaints]
                                        write what NAME (default: an admin) may see to .csv/.xlsx
  backup FILE                           write a consistent copy of the database to FILE (safe while running)
  report [--date YYYY-MM-DD]            print every team's daily report for a day (default: today)
${adminUsage}`;

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
    case 'import':
    case 'export': {
      const { values, positionals } = parseArgs({
        args: rest,
        options: { commit: { type: 'boolean' }, as: { type: 'string' }, what: { type: 'string' } },
        allowPositionals: true,
      });
      const [file] = positionals;
      const foreign = command === 'import' ? values.as || values.what : values.commit;
      if (!file || positionals.length > 1 || foreign) {
        console.error(usage);
        return 2;
      }
      await applyMigrations(config.databaseUrl);
      const db = await createDb(config.databaseUrl);
      try {
        return command === 'import'
          ? await runImportCommand(db, {
              file,
              commit: values.commit ?? false,
              now: new Date(),
              timeZone: config.timeZone,
            })
          : await runExportCommand(db, {
              file,
              timeZone: config.timeZone,
              ...(values.as ? { as: values.as } : {}),
              ...(values.what ? { what: values.what } : {}),
            });
      } finally {
        await db.$disconnect();
      }
    }
    case 'backup': {
      const [file, ...extra] = rest;
      if (!file || extra.length > 0) {
        console.error(usage);
        return 2;
      }
      await applyMigrations(config.databaseUrl);
      const db = await createDb(config.databaseUrl);
      try {
        const result = await backupDatabase(db, file);
        if ('problem' in result) {
          console.error(result.problem);
          return 2;
        }
        console.log(`backed up the database to ${result.path}`);
        return 0;
      } finally {
        await db.$disconnect();
      }
    }
    case 'report': {
      const { values } = parseArgs({ args: rest, options: { date: { type: 'string' } } });
      await applyMigrations(config.databaseUrl);
      const db = await createDb(config.databaseUrl);
      try {
        return await runReportCommand(db, {
          now: new Date(),
          timeZone: config.timeZone,
          ...(values.date ? { date: values.date } : {}),
        });
      } finally {
        await db.$disconnect();
      }
    }
    case 'admin':
      return runAdminCommand(rest, config.databaseUrl);
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
