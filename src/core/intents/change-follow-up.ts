import { followUpCard } from '../../../cards/follow-up.ts';
import { recordAudit } from '../../db/audit.ts';
import { getFollowUp } from '../../db/follow-ups.ts';
import { isPast } from '../../domain/follow-ups.ts';
import { badMarkOf } from '../../domain/grading/bad-reason.ts';
import { canChangeFollowUp } from '../../domain/permissions.ts';
import { BotError } from '../../errors.ts';
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
  const zh = actor.locale !== 'en';
  if (followUpId === null) {
    throw new BotError(
      'invalid_input',
      zh
        ? '是哪一条跟进？请带上编号，例如「完成 #12」。发「我的跟进」查看编号。'
        : 'Which follow-up? Give its number, e.g. "done #12". Send "my follow-ups" to see them.',
    );
  }
  const followUp = await getFollowUp(ctx.db, followUpId);
  if (!followUp || followUp.status === 'cancelled') {
    throw new BotError(
      'not_found',
      zh ? `没有编号为 #${followUpId} 的跟进。` : `There is no follow-up #${followUpId}.`,
    );
  }
  if (!canChangeFollowUp(actor, followUp.assignee)) {
    throw new BotError(
      'forbidden',
      zh ? `跟进 #${followUpId} 不是你的，不能修改。` : `Follow-up #${followUpId} is not yours to change.`,
    );
  }
  if (followUp.status === 'done') {
    throw new BotError(
      'conflict',
      zh ? `跟进 #${followUpId} 已经完成了。` : `Follow-up #${followUpId} is already done.`,
    );
  }
  const at = ctx.now();
  if (change.kind === 'move' && isPast({ dueAt: change.at, hasTime: change.hasTime }, at, timeZone)) {
    throw new BotError(
      'invalid_input',
      zh
        ? '新的跟进日期已经过去了，请选今天或以后的日期。'
        : 'That date is in the past; pick today or later.',
    );
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
