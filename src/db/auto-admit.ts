import { z } from 'zod';
import { formatAccount, type PlatformAccount, parseAccount } from '../domain/people.ts';
import type { Db, Tx } from './client.ts';
import { readSetting } from './settings.ts';

export const autoAdmitKey = 'access.auto_admit';

// Platform accounts only: the adapters do not fetch people's e-mail addresses (Slack would need the
// users:read.email scope), so an e-mail domain could not be checked.
const autoAdmitSchema = z.object({ accounts: z.array(z.string()) });

/** Accounts let in as reps on first contact, without an admin's card. */
export async function readAutoAdmit(db: Db | Tx): Promise<PlatformAccount[]> {
  const { accounts } = await readSetting(db, autoAdmitKey, autoAdmitSchema, { accounts: [] });
  return accounts.flatMap((text) => parseAccount(text) ?? []);
}

/** Adds accounts to the list; returns the list as stored. */
export async function addAutoAdmit(
  db: Db | Tx,
  accounts: readonly PlatformAccount[],
  updatedBy: number | null,
): Promise<string[]> {
  const before = (await readAutoAdmit(db)).map(formatAccount);
  const after = [...new Set([...before, ...accounts.map(formatAccount)])];
  const value = JSON.stringify({ accounts: after });
  await db.setting.upsert({
    where: { key: autoAdmitKey },
    update: { value, updatedBy },
    create: { key: autoAdmitKey, value, updatedBy },
  });
  return after;
}
