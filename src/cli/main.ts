import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Config, loadConfigOrExit, loadEnvFile } from '../config.ts';
import { backupDatabase } from '../db/backup-database.ts';
import { createDb } from '../db/client.ts';
import { databasePathOf } from '../db/database-busy.ts';
import { applyMigrations } from '../db/migrations.ts';
import { findCliActor } from '../import/find-cli-actor.ts';
import { runExportCommand } from '../import/run-export-command.ts';
import { runImportCommand } from '../import/run-import-command.ts';
import { adminUsage, runAdminCommand } from './admin-command.ts';
import { describeFailure } from './describe-failure.ts';
import { runOutboxCommand } from './outbox-command.ts';
import { runParse } from './parse-command.ts';
import { runReportCommand } from './report-command.ts';
import { runSeedDemoCommand } from './seed-demo.ts';
import { runSettingCommand, settingUsage } from './setting-command.ts';

const usage = `usage: npm run -s crm -- <command>
  migrate [--wait SECONDS]              apply pending database migrations, waiting up to SECONDS (default 60)
                                        for another process's write lock
  seed-demo                             load the demo team and customers into an empty database
  parse [--now ISO] [--tz ZONE] [TEXT]  print what the parser understood; without TEXT, one text per stdin line
  parse --resolve [--as NAME] …         the same through the bot's own understanding against the database:
                                        adds resolvedCustomer, candidates and confidence
  import FILE [--commit] [--map HEADER=FIELD]…
                                        import customers from .csv/.xlsx: a dry run report, or write it all;
                                        --map reads a column the headers do not name (remembered)
  export FILE [--as NAME] [--what customers|contacts|visits|follow_ups|complaints]
                                        write what NAME (default: an admin) may see to .csv/.xlsx
  backup FILE                           write a consistent copy of the database to FILE (safe while running)
  report [--date YYYY-MM-DD]            print every team's daily report for a day (default: today)
  outbox --failed | --retry ID[,ID]|all list the messages given up on (no content), or send them again
${settingUsage}
${adminUsage}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  loadEnvFile();
  const config = loadConfigOrExit(process.env);
  try {
    return await runCommand(command, rest, config);
  } catch (error) {
    // Every command may meet the service's lock or the schema engine: one readable line, no stack.
    console.error(describeFailure(error, databasePathOf(config.databaseUrl)));
    return 1;
  }
}

async function runCommand(command: string | undefined, rest: string[], config: Config): Promise<number> {
  switch (command) {
    case 'migrate': {
      const { values } = parseArgs({ args: rest, options: { wait: { type: 'string' } } });
      const waitSeconds = Number(values.wait ?? 60);
      if (!Number.isFinite(waitSeconds) || waitSeconds < 0) {
        console.error(usage);
        return 2;
      }
      const applied = await applyMigrations(config.databaseUrl, { lockWaitMs: waitSeconds * 1000 });
      console.log(applied.length > 0 ? `applied ${applied.join(', ')}` : 'the database is up to date');
      return 0;
    }
    case 'seed-demo': {
      await applyMigrations(config.databaseUrl);
      const db = await createDb(config.databaseUrl);
      try {
        return await runSeedDemoCommand(db, new Date());
      } finally {
        await db.$disconnect();
      }
    }
    case 'parse': {
      const { values, positionals } = parseArgs({
        args: rest,
        options: {
          now: { type: 'string' },
          tz: { type: 'string' },
          resolve: { type: 'boolean' },
          as: { type: 'string' },
        },
        allowPositionals: true,
      });
      if (values.as !== undefined && !values.resolve) {
        console.error('--as: only with --resolve');
        return 2;
      }
      const options = {
        tz: values.tz ?? config.timeZone,
        ...(values.now ? { now: values.now } : {}),
        ...(positionals.length > 0 ? { text: positionals.join(' ') } : {}),
      };
      if (!values.resolve) return runParse(options);
      await applyMigrations(config.databaseUrl);
      const db = await createDb(config.databaseUrl);
      try {
        const found = await findCliActor(db, values.as);
        if (found.kind === 'problem') {
          console.error(found.message);
          return 2;
        }
        return await runParse({ ...options, resolve: { db, actor: found.actor } });
      } finally {
        await db.$disconnect();
      }
    }
    case 'import':
    case 'export': {
      const { values, positionals } = parseArgs({
        args: rest,
        options: {
          commit: { type: 'boolean' },
          as: { type: 'string' },
          what: { type: 'string' },
          map: { type: 'string', multiple: true },
        },
        allowPositionals: true,
      });
      const [file] = positionals;
      const foreign = command === 'import' ? values.as || values.what : values.commit || values.map;
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
              ...(values.map ? { map: values.map } : {}),
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
      // A copy of the database as it is: no migrations first, and never a new empty database.
      const source = databasePathOf(config.databaseUrl);
      if (source === ':memory:' || !existsSync(source)) {
        console.error(`there is no database at ${source}: nothing to back up`);
        return 2;
      }
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
    case 'setting': {
      await applyMigrations(config.databaseUrl);
      const db = await createDb(config.databaseUrl);
      try {
        return await runSettingCommand(db, rest);
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
    case 'outbox': {
      const { values } = parseArgs({
        args: rest,
        options: { failed: { type: 'boolean' }, retry: { type: 'string' } },
      });
      if (!values.failed && values.retry === undefined) {
        console.error(usage);
        return 2;
      }
      await applyMigrations(config.databaseUrl);
      const db = await createDb(config.databaseUrl);
      try {
        return await runOutboxCommand(db, { ...values, now: new Date() });
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

main(process.argv.slice(2)).then((code) => process.exit(code));
