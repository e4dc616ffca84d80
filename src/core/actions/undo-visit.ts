import { visitCard } from '../../../cards/visit.ts';
import { recordAudit } from '../../db/audit.ts';
import { type Ctx, reply } from '../context.ts';
import type { Reply } from '../types.ts';
import { getVisitToChange } from './get-visit-to-change.ts';

/**
 * Undoes a logged visit: removes it with its follow-up, and the customer too when the same message
 * created it and nothing else refers to it. The audit log keeps a full copy.
 */
export async function undoVisit(ctx: Ctx, visitId: number): Promise<Reply> {
  const { actor } = ctx;
  const visit = await getVisitToChange(ctx, visitId, 'undo');
  const at = ctx.now();
  await ctx.db.$transaction(async (tx) => {
    const logged = await tx.auditLog.findFirst({
      where: { entity: 'visit', entityId: visitId, action: 'visit.logged' },
    });
    await tx.visit.delete({ where: { id: visitId } });
    const latest = await tx.visit.findFirst({
      where: { customerId: visit.customer.id },
      orderBy: { occurredAt: 'desc' },
    });
    await tx.customer.update({
      where: { id: visit.customer.id },
      data: { lastContactAt: latest?.occurredAt ?? null },
    });
    const createdWithVisit =
      logged?.source &&
      (await tx.auditLog.findFirst({
        where: {
          entity: 'customer',
          entityId: visit.customer.id,
          action: 'customer.created',
          source: logged.source,
        },
      }));
    const stillUsed =
      latest !== null ||
      (await tx.followUp.count({ where: { customerId: visit.customer.id } })) > 0 ||
      (await tx.complaint.count({ where: { customerId: visit.customer.id } })) > 0;
    if (createdWithVisit && !stillUsed) await tx.customer.delete({ where: { id: visit.customer.id } });
    await recordAudit(tx, [
      {
        actorId: actor.id,
        action: 'visit.undone',
        entity: 'visit',
        entityId: visitId,
        data: visit,
        source: ctx.source,
      },
      ...(createdWithVisit && !stillUsed
        ? [
            {
              actorId: actor.id,
              action: 'customer.deleted',
              entity: 'customer' as const,
              entityId: visit.customer.id,
              data: { name: visit.customer.name, reason: 'undo' },
              source: ctx.source,
            },
          ]
        : []),
    ]);
  });
  ctx.log.info({ visitId }, 'visit undone');
  const card = visitCard({
    ...visit,
    locale: actor.locale,
    timeZone: ctx.timeZone,
    state: 'undone',
    visitId,
    customer: visit.customer.name,
    followUp: null,
    changedBy: { name: actor.name, at },
  });
  return reply([card], { replaceOriginal: true });
}
