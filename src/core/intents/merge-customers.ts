import { duplicatesCard } from '../../../cards/duplicates.ts';
import { recordAudit } from '../../db/audit.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { requireAdmin } from '../../import/require-admin.ts';
import { type Ctx, reply } from '../context.ts';
import type { Reply } from '../types.ts';
import { moveCustomerHistory } from './merge-move-history.ts';

/**
 * An admin merges one customer into another in one transaction: all history moves to the kept
 * customer, the removed one is deleted, and the audit entry holds everything needed to undo it
 * (its id is on the card's Undo button and in 撤销合并 <id>).
 */
export async function mergeCustomers(ctx: Ctx, ids: { keepId: number; removeId: number }): Promise<Reply> {
  requireAdmin(ctx.actor, 'merge');
  if (ids.keepId === ids.removeId) {
    throw new BotError('invalid_input', t(ctx.actor.locale, 'mergeCustomers.aCustomerCannotBe'));
  }
  const result = await ctx.db.$transaction(async (tx) => {
    const found = await tx.customer.findMany({
      where: { id: { in: [ids.keepId, ids.removeId] } },
      select: { id: true, name: true },
    });
    const kept = found.find((customer) => customer.id === ids.keepId);
    const removed = found.find((customer) => customer.id === ids.removeId);
    if (!kept || !removed) {
      const missing = kept ? ids.removeId : ids.keepId;
      throw new BotError(
        'not_found',
        t(ctx.actor.locale, 'mergeCustomers.customerMissingDoesNot', { missing }),
      );
    }
    const record = await moveCustomerHistory(tx, kept.id, removed.id, ctx.now());
    const entry = await tx.auditLog.create({
      data: {
        actorId: ctx.actor.id,
        action: 'customer.merged',
        entity: 'customer',
        entityId: kept.id,
        data: JSON.stringify(record),
        source: ctx.source,
      },
    });
    await recordAudit(tx, [
      {
        actorId: ctx.actor.id,
        action: 'customer.deleted',
        entity: 'customer',
        entityId: removed.id,
        data: { name: removed.name, reason: 'merged', mergedInto: kept.id, mergeAuditId: entry.id },
        source: ctx.source,
      },
    ]);
    const flag = record.filled.find((change) => change.field === 'badReason');
    const flagTaken = flag ? { reason: typeof flag.after === 'string' ? flag.after : null } : undefined;
    return { kept, removed, moved: record.moved, auditId: entry.id, flagTaken };
  });
  ctx.log.info(
    { keptId: result.kept.id, removedId: result.removed.id, auditId: result.auditId },
    'customers merged',
  );
  return reply([
    duplicatesCard({
      kind: 'merged',
      locale: ctx.actor.locale,
      kept: result.kept,
      removed: result.removed,
      moved: {
        contacts: result.moved.contacts.length,
        visits: result.moved.visits.length,
        followUps: result.moved.followUps.length,
        complaints: result.moved.complaints.length,
        sales: result.moved.sales.length,
      },
      auditId: result.auditId,
      ...(result.flagTaken ? { flagTaken: result.flagTaken } : {}),
    }),
  ]);
}
