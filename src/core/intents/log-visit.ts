import { fixDateCard } from '../../../cards/fix-date.ts';
import { type AuditEntry, recordAudit } from '../../db/audit.ts';
import { createCustomer } from '../../db/customers.ts';
import { getMinutes } from '../../db/minutes.ts';
import { savePending } from '../../db/pending.ts';
import { findOrCreateContact } from '../../db/visits.ts';
import { detectAlerts } from '../../domain/alerts/detect-alerts.ts';
import { planFollowUp } from '../../domain/follow-ups.ts';
import { canWorkOnCustomer } from '../../domain/permissions.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import { type Ctx, reply } from '../context.ts';
import { type Draft, provenanceOf } from '../draft.ts';
import { draftVisitMinutes } from '../minutes/draft-visit-minutes.ts';
import { refineMinutesWithModel } from '../minutes/refine-minutes-with-model.ts';
import { toMinutesCard } from '../minutes/show-minutes.ts';
import { resolveCustomer } from '../resolve-customer.ts';
import type { Reply } from '../types.ts';
import { showVisit } from './show-visit.ts';

/**
 * Logs a visit, call or meeting: resolves the customer and the follow-up date (asking when unsure),
 * then writes the visit, its contact, the follow-up and the audit trail in one transaction.
 */
export async function logVisit(ctx: Ctx, draft: Draft): Promise<Reply> {
  const { actor, now, timeZone } = ctx;
  const resolution = await resolveCustomer(ctx, draft);
  if (resolution.kind === 'asked') return resolution.reply;
  if (resolution.kind === 'existing' && !canWorkOnCustomer(actor, resolution.customer)) {
    throw new BotError('forbidden', t(actor.locale, 'logVisit.serviceStaffCannotLog'));
  }
  const { parse } = draft;
  const plan = planFollowUp(
    {
      ...(draft.followUpAt !== undefined ? { answer: draft.followUpAt } : {}),
      parsedAt: parse.followUpAt,
      hasTime: parse.followUpHasTime,
      unreadable: parse.followUpUnreadable,
    },
    now(),
    timeZone,
  );
  if (plan.kind === 'ask') {
    const settled: Draft =
      resolution.kind === 'existing'
        ? { ...draft, customerId: resolution.customer.id }
        : { ...draft, createCustomer: true };
    const pendingId = await savePending(ctx.db, actor.id, settled, now());
    return reply([
      fixDateCard({
        locale: actor.locale,
        timeZone,
        pendingId,
        reason: plan.reason,
        ...(plan.at ? { date: plan.at } : {}),
      }),
    ]);
  }

  const at = now();
  const occurredAt = parse.occurredAt ? new Date(parse.occurredAt) : at;
  const provenance = provenanceOf(actor.id, draft);
  const { visitId, newCustomer, minutesId, customerName } = await ctx.db.$transaction(async (tx) => {
    const customer =
      resolution.kind === 'create'
        ? await createCustomer(tx, { name: resolution.name, ownerId: actor.id }, provenance)
        : resolution.customer;
    const contact = parse.contact ? await findOrCreateContact(tx, customer.id, parse.contact) : null;
    const visit = await tx.visit.create({
      data: {
        customerId: customer.id,
        authorId: actor.id,
        kind: parse.visitKind ?? 'visit',
        occurredAt,
        summary: parse.summary ?? draft.text,
        needs: parse.needs,
        issues: parse.issues,
        competitor: parse.competitor,
        nextStep: parse.nextStep,
        originalText: draft.text,
        ...(contact ? { contacts: { create: { contactId: contact.id } } } : {}),
      },
    });
    const followUp =
      plan.kind === 'at'
        ? await tx.followUp.create({
            data: {
              customerId: customer.id,
              assigneeId: actor.id,
              visitId: visit.id,
              title: parse.nextStep ?? t(actor.locale, 'logVisit.followUpWithName', { name: customer.name }),
              dueAt: plan.at,
              hasTime: plan.hasTime,
            },
          })
        : null;
    await tx.customer.updateMany({
      where: { id: customer.id, OR: [{ lastContactAt: null }, { lastContactAt: { lt: occurredAt } }] },
      data: { lastContactAt: occurredAt },
    });
    const audit: AuditEntry[] = [
      {
        ...provenance,
        action: 'visit.logged',
        entity: 'visit',
        entityId: visit.id,
        data: { customerId: customer.id, kind: visit.kind, occurredAt, summary: visit.summary },
      },
    ];
    if (contact?.created) {
      audit.push({
        ...provenance,
        action: 'contact.created',
        entity: 'contact',
        entityId: contact.id,
        data: parse.contact,
      });
    }
    if (followUp) {
      audit.push({
        ...provenance,
        action: 'follow_up.created',
        entity: 'follow_up',
        entityId: followUp.id,
        data: { dueAt: followUp.dueAt, visitId: visit.id },
      });
    }
    await recordAudit(tx, audit);
    const minutesId = await draftVisitMinutes(
      tx,
      {
        visitId: visit.id,
        author: { id: actor.id, name: actor.name },
        contacts: parse.contact ? [parse.contact.name] : [],
        summary: visit.summary,
        needs: visit.needs,
        issues: visit.issues,
        competitor: visit.competitor,
        nextStep: visit.nextStep,
        followUp: followUp ? { title: followUp.title, dueAt: followUp.dueAt } : null,
      },
      { at, timeZone, source: draft.source },
    );
    return {
      visitId: visit.id,
      newCustomer: resolution.kind === 'create',
      minutesId,
      customerName: customer.name,
    };
  });
  ctx.log.info({ visitId, newCustomer }, 'visit logged');
  await raiseAlert(ctx, {
    visitId,
    findings: detectAlerts(draft.text),
    detectedBy: 'rules',
    source: draft.source,
  });
  const { llm } = ctx;
  if (llm) {
    ctx.defer('minutes_model_draft', () =>
      refineMinutesWithModel({ ...ctx, llm }, minutesId, {
        text: draft.text,
        customer: customerName,
        source: draft.source,
        loggedAt: at,
      }),
    );
  }
  const shown = await showVisit(ctx, visitId, { state: 'logged', newCustomer });
  const minutes = (await getMinutes(ctx.db, { id: minutesId }))!;
  return { ...shown, cards: [...shown.cards, toMinutesCard(minutes, actor.locale, timeZone, at)] };
}
