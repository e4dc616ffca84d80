import { followUpListCard } from '../../../cards/follow-up-list.ts';
import { listOpenFollowUps } from '../../db/follow-ups.ts';
import type { FollowUpRange } from '../../domain/vocabulary.ts';
import { type Ctx, privateInGroups } from '../context.ts';
import type { Reply } from '../types.ts';

export async function listFollowUps(ctx: Ctx, range: FollowUpRange): Promise<Reply> {
  const now = ctx.now();
  const { items, total } = await listOpenFollowUps(ctx.db, ctx.actor.id, range, now, ctx.timeZone);
  return privateInGroups(ctx, [
    followUpListCard({ locale: ctx.actor.locale, timeZone: ctx.timeZone, range, now, items, total }),
  ]);
}
