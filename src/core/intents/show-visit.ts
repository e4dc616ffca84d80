import { visitCard } from '../../../cards/visit.ts';
import { getVisitDetails } from '../../db/visits.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { type Ctx, reply } from '../context.ts';
import type { Reply } from '../types.ts';

/** The visit card for a stored visit, in the state a use case just left it. */
export async function showVisit(
  ctx: Ctx,
  visitId: number,
  options: { state: 'logged' | 'updated'; newCustomer?: boolean; replaceOriginal?: boolean },
): Promise<Reply> {
  const visit = await getVisitDetails(ctx.db, visitId);
  if (!visit) throw new BotError('not_found', t(ctx.actor.locale, 'showVisit.thatVisitDoesNot'));
  const card = visitCard({
    locale: ctx.actor.locale,
    timeZone: ctx.timeZone,
    state: options.state,
    visitId: visit.id,
    customer: visit.customer.name,
    kind: visit.kind,
    occurredAt: visit.occurredAt,
    contacts: visit.contacts,
    summary: visit.summary,
    needs: visit.needs,
    issues: visit.issues,
    competitor: visit.competitor,
    nextStep: visit.nextStep,
    followUp: visit.followUp,
    ...(options.newCustomer ? { newCustomer: true } : {}),
    ...(visit.customer.status === 'bad' ? { badCustomer: { reason: visit.customer.badReason } } : {}),
    ...(options.state === 'updated' ? { changedBy: { name: ctx.actor.name, at: ctx.now() } } : {}),
  });
  return reply([card], { replaceOriginal: options.replaceOriginal ?? false });
}
