import { parseArgs } from 'node:util';
import { addAutoAdmit } from '../db/auto-admit.ts';
import { createDb } from '../db/client.ts';
import { makeAdmin } from '../db/make-admin.ts';
import { applyMigrations } from '../db/migrations.ts';
import { type PlatformAccount, parseAccount } from '../domain/people.ts';

export const adminUsage = `  admin add slack:ID|feishu:ID [--name NAME]
                                        make that account an admin (creating the person if new)
  admin allow slack:ID|feishu:ID …      let those accounts in as reps when they first write`;

/**
 * `crm admin add slack:U0123ABC [--name NAME]`: the way to make the first admin of a real workspace,
 * or to promote someone when no admin is left. `crm admin allow …` adds accounts to access.auto_admit.
 */
export async function runAdminCommand(args: string[], databaseUrl: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { name: { type: 'string' } },
    allowPositionals: true,
  });
  const [verb, ...rest] = positionals;
  const accounts = rest.map(parseAccount);
  const valid = accounts.filter((account): account is PlatformAccount => account !== null);
  const single = verb === 'add' && valid.length === 1;
  if ((!single && verb !== 'allow') || valid.length === 0 || valid.length !== accounts.length) {
    const bad = rest.find((text) => parseAccount(text) === null);
    console.error(
      `${bad ? `"${bad}" is not slack:ID or feishu:ID\n` : ''}usage: npm run -s crm --\n${adminUsage}`,
    );
    return 2;
  }
  if (verb === 'allow' && values.name) {
    console.error(`--name goes with admin add\nusage: npm run -s crm --\n${adminUsage}`);
    return 2;
  }
  await applyMigrations(databaseUrl);
  const db = await createDb(databaseUrl);
  try {
    if (verb === 'allow') {
      const list = await addAutoAdmit(db, valid, null);
      console.log(`let in as reps when they first write: ${list.join(', ')}`);
      return 0;
    }
    const account = valid[0]!;
    const outcome = await makeAdmin(db, account, {
      create: true,
      ...(values.name ? { name: values.name } : {}),
      source: 'cli',
      now: new Date(),
    });
    const id = `${account.platform}:${account.externalId}`;
    console.log(
      {
        created: values.name
          ? `${id} is now an admin, named ${values.name}`
          : `${id} is now an admin, named ${account.externalId} (give --name NAME to name them)`,
        promoted: `${id} is now an admin`,
        renamed: `${id} was an admin already; renamed to ${values.name}`,
        already: `${id} was an admin already: nothing to do`,
        unknown: `${id} is not known`,
      }[outcome],
    );
    return 0;
  } finally {
    await db.$disconnect();
  }
}
