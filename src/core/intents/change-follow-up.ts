import { followUpCard } from '../../../cards/follow-up.ts';
import { recordAudit } from '../../db/audit.ts';
import { getFollowUp } from '../../db/follow-ups.ts';
import { isPast } from '../../domain/follow-ups.ts';
import { badMarkOf } from '../../domain/grading/bad-reason.ts';
import { canChangeFollowUp } from '../../domain/permissions.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { type Ctx, reply } from '../context.ts';
import type { Reply } from '../types.ts';

export type FollowUpChange = { kind: 'done' } | { kind: 'move'; at: Date; hasTime: boolean };

/** Marks a follow-up done or moves it; the card shows the new state, who and when. */
export async function changeFollowUp(
  ctx: Ctx,
  followUpId: number | null,
  change: FollowUpChange,
  options: { replaceOriginal: boolean },
): Promise<Reply> {
  const { actor, timeZone } = ctx;
  if (followUpId === null) {
    throw new BotError('invalid_input', t(actor.locale, 'changeFollowUp.whichFollowUpGive'));
  }
  const followUp = await getFollowUp(ctx.db, followUpId);
  if (!followUp || followUp.status === 'cancelled') {
    throw new BotError('not_found', t(actor.locale, 'changeFollowUp.thereIsNoFollow', { followUpId }));
  }
  if (!canChangeFollowUp(actor, followUp.assignee)) {
    throw new BotError('forbidden', t(actor.locale, 'changeFollowUp.followUpFollowupidIs', { followUpId }));
  }
  if (followUp.status === 'done') {
    throw new BotError('conflict', t(actor.locale, 'changeFollowUp.followUpFollowupidIs2', { followUpId }));
  }
  const at = ctx.now();
  if (change.kind === 'move' && isPast({ dueAt: change.at, hasTime: change.hasTime }, at, timeZone)) {
    throw new BotError('invalid_input', t(actor.locale, 'changeFollowUp.thatDateIsIn'));
  }
  const data =
    change.kind === 'done'
      ? { status: 'done', doneAt: at }
      : { dueAt: change.at, hasTime: change.hasTime, remindedAt: null, escalatedAt: null };
  const updated = await ctx.db.$transaction(async (tx) => {
    const row = await tx.followUp.update({ where: { id: followUpId }, data });
    await recordAudit(tx, [
      {
        actorId: actor.id,
        action: change.kind === 'done' ? 'follow_up.done' : 'follow_up.moved',
        entity: 'follow_up',
        entityId: followUpId,
        data: change.kind === 'done' ? { doneAt: at } : { from: followUp.dueAt, to: change.at },
        source: ctx.source,
      },
    ]);
    return row;
  });
  const card = followUpCard({
    locale: actor.locale,
    timeZone,
    state: change.kind === 'done' ? 'done' : 'moved',
    followUp: {
      id: updated.id,
      customer: followUp.customer.name,
      customerBad: badMarkOf(followUp.customer),
      title: updated.title,
      dueAt: updated.dueAt,
      hasTime: updated.hasTime,
    },
    changedBy: { name: actor.name, at },
  });
  return reply([card], options);
}
