import type { Card } from '../../cards/card.ts';
import type { Db } from '../db/client.ts';
import { findPersonIdByAccount } from '../db/people.ts';
import { takePushes } from '../db/pushes.ts';
import type { Sender } from './types.ts';

/** The pushes waiting for the person behind a platform account, marked delivered as they are taken. */
export async function takePushesFor(db: Db, sender: Sender, now: Date): Promise<Card[]> {
  const personId = await findPersonIdByAccount(db, sender);
  if (personId === null) return [];
  return (await takePushes(db, personId, now)).flatMap((push) => push.cards);
}
