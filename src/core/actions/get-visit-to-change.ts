import { getVisitDetails, type VisitDetails } from '../../db/visits.ts';
import { canChangeVisit } from '../../domain/permissions.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import type { Ctx } from '../context.ts';

/** The visit a card action wants to edit or undo, if it still exists and the person may change it. */
export async function getVisitToChange(
  ctx: Ctx,
  visitId: number,
  change: 'edit' | 'undo',
): Promise<VisitDetails> {
  const zh = ctx.actor.locale !== 'en';
  const visit = await getVisitDetails(ctx.db, visitId);
  if (!visit) {
    throw new BotError('not_found', t(ctx.actor.locale, 'getVisitToChange.thatVisitWasUndone'));
  }
  if (!canChangeVisit(ctx.actor, visit.author)) {
    const verb = change === 'edit' ? ['修改', 'edit'] : ['撤销', 'undo'];
    throw new BotError(
      'forbidden',
      zh
        ? `只有记录人或其主管可以${verb[0]}这条拜访。`
        : `Only the author or their manager can ${verb[1]} this visit.`,
    );
  }
  return visit;
}
