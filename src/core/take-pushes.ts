import type { Card } from '../../cards/card.ts';
import type { Db } from '../db/client.ts';
import { resolveActor } from '../db/people.ts';
import { takePushes } from '../db/pushes.ts';
import type { Sender } from './types.ts';

/** The pushes waiting for the person behind a platform account, marked delivered as they are taken. */
export async function takePushesFor(db: Db, sender: Sender, now: Date): Promise<Card[]> {
  const actor = await resolveActor(db, sender);
  return (await takePushes(db, actor.id, now)).flatMap((push) => push.cards);
}
