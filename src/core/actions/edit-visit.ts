import { recordAudit } from '../../db/audit.ts';
import { isPast } from '../../domain/follow-ups.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import type { Ctx } from '../context.ts';
import { showVisit } from '../intents/show-visit.ts';
import { readDateInput } from '../read-date-input.ts';
import type { Reply } from '../types.ts';
import { getVisitToChange } from './get-visit-to-change.ts';

const maxLength = 4000;

/** Saves the Edit form of a visit card: summary, next step and follow-up date. */
export async function editVisit(ctx: Ctx, visitId: number, values: Record<string, string>): Promise<Reply> {
  const { actor, now, timeZone } = ctx;
  const visit = await getVisitToChange(ctx, visitId, 'edit');
  const summary = (values.summary ?? visit.summary).trim();
  const nextStep = (values.nextStep ?? visit.nextStep ?? '').trim() || null;
  if (summary === '') throw new BotError('invalid_input', t(actor.locale, 'editVisit.theSummaryCannotBe'));
  if (summary.length > maxLength || (nextStep?.length ?? 0) > maxLength) {
    throw new BotError('invalid_input', t(actor.locale, 'editVisit.keepItUnderMaxlength', { maxLength }));
  }
  const dateText = values.followUpDate?.trim();
  const followUp = dateText ? readDateInput(dateText, now(), timeZone) : null;
  if (dateText && !followUp) {
    throw new BotError('invalid_input', t(actor.locale, 'editVisit.iCannotReadThe', { dateText }));
  }
  if (followUp && isPast({ dueAt: followUp.at, hasTime: followUp.hasTime }, now(), timeZone)) {
    throw new BotError('invalid_input', t(actor.locale, 'editVisit.theFollowUpDate'));
  }

  await ctx.db.$transaction(async (tx) => {
    await tx.visit.update({ where: { id: visitId }, data: { summary, nextStep } });
    const open = visit.followUp?.status === 'open' ? visit.followUp : null;
    if (open && !followUp && dateText !== undefined) {
      await tx.followUp.update({ where: { id: open.id }, data: { status: 'cancelled' } });
    } else if (open && followUp) {
      await tx.followUp.update({
        where: { id: open.id },
        data: { dueAt: followUp.at, hasTime: followUp.hasTime, remindedAt: null, escalatedAt: null },
      });
    } else if (!open && followUp) {
      await tx.followUp.create({
        data: {
          customerId: visit.customer.id,
          assigneeId: visit.authorId,
          visitId,
          title: nextStep ?? t(actor.locale, 'editVisit.followUpWithName', { name: visit.customer.name }),
          dueAt: followUp.at,
          hasTime: followUp.hasTime,
        },
      });
    }
    await recordAudit(tx, [
      {
        actorId: actor.id,
        action: 'visit.edited',
        entity: 'visit',
        entityId: visitId,
        data: {
          before: {
            summary: visit.summary,
            nextStep: visit.nextStep,
            followUpAt: visit.followUp?.dueAt ?? null,
          },
          after: { summary, nextStep, followUpAt: followUp?.at ?? null },
        },
        source: ctx.source,
      },
    ]);
  });
  return showVisit(ctx, visitId, { state: 'updated', replaceOriginal: true });
}
