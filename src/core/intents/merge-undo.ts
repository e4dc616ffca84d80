import { duplicatesCard } from '../../../cards/duplicates.ts';
import { recordAudit } from '../../db/audit.ts';
import type { Tx } from '../../db/client.ts';
import { badFlagFields } from '../../domain/customers/carry-bad-flag.ts';
import { type MergeRecord, mergeRecordSchema } from '../../domain/customers/duplicates-merge-record.ts';
import { BotError } from '../../errors.ts';
import { requireAdmin } from '../../import/require-admin.ts';
import { type Ctx, reply } from '../context.ts';
import type { Reply } from '../types.ts';

/**
 * Undoes a merge from its audit entry: the removed customer comes back with its id, fields, aliases
 * and collaborators, its history moves back, and what the merge added to the kept customer goes.
 * Records added to the kept customer since stay with it.
 */
export async function undoMerge(
  ctx: Ctx,
  auditId: number,
  options: { replaceOriginal: boolean },
): Promise<Reply> {
  requireAdmin(ctx.actor, 'merge');
  const zh = ctx.actor.locale !== 'en';
  const refuse = (code: 'not_found' | 'conflict', zhText: string, enText: string) =>
    new BotError(code, zh ? zhText : enText);
  const result = await ctx.db.$transaction(async (tx) => {
    const entry = await tx.auditLog.findUnique({ where: { id: auditId } });
    if (entry?.action !== 'customer.merged' || !entry.data) {
      throw refuse(
        'not_found',
        `没有编号为 ${auditId} 的合并记录。`,
        `There is no merge with the number ${auditId}.`,
      );
    }
    const record = mergeRecordSchema.parse(JSON.parse(entry.data));
    const undone = await tx.auditLog.findMany({
      where: { action: 'customer.merge_undone', entity: 'customer', entityId: record.removedId },
    });
    if (undone.some((row) => row.data && JSON.parse(row.data).mergeAuditId === auditId)) {
      throw refuse('conflict', '这次合并已经撤销过了。', 'That merge was already undone.');
    }
    const kept = await tx.customer.findUnique({ where: { id: record.keptId } });
    if (!kept) {
      throw refuse(
        'conflict',
        '保留的客户已不存在（可能又被合并或删除），无法撤销。',
        'The customer that was kept no longer exists (merged again or deleted), so this cannot be undone.',
      );
    }
    await restoreRemoved(tx, record);
    await recordAudit(tx, [
      {
        actorId: ctx.actor.id,
        action: 'customer.merge_undone',
        entity: 'customer',
        entityId: record.removedId,
        data: { mergeAuditId: auditId, keptId: record.keptId },
        source: ctx.source,
      },
    ]);
    return { kept: kept.name, restored: String(record.removed.name) };
  });
  ctx.log.info({ auditId }, 'merge undone');
  return reply([duplicatesCard({ kind: 'merge_undone', locale: ctx.actor.locale, ...result })], options);
}

async function restoreRemoved(tx: Tx, record: MergeRecord): Promise<void> {
  const { keptId, removedId } = record;
  await tx.customer.create({ data: record.removed as Parameters<Tx['customer']['create']>[0]['data'] });
  await tx.customerAlias.createMany({
    data: record.removedAliases.map((alias) => ({ ...alias, customerId: removedId })),
  });
  await tx.customerCollaborator.createMany({
    data: record.removedCollaborators.map((collaborator) => ({ ...collaborator, customerId: removedId })),
  });
  const back = (ids: number[]) => ({
    where: { id: { in: ids }, customerId: keptId },
    data: { customerId: removedId },
  });
  await tx.contact.updateMany(back(record.moved.contacts));
  await tx.visit.updateMany(back(record.moved.visits));
  await tx.followUp.updateMany(back(record.moved.followUps));
  await tx.complaint.updateMany(back(record.moved.complaints));
  await tx.sale.updateMany(back(record.moved.sales));
  await tx.receivable.updateMany(back(record.moved.receivables));
  await tx.customerAlias.deleteMany({ where: { id: { in: record.addedAliasIds }, customerId: keptId } });
  await tx.customerCollaborator.deleteMany({
    where: { customerId: keptId, personId: { in: record.addedCollaboratorIds } },
  });
  // A field someone changed after the merge keeps their value; only what the merge set goes back.
  const kept = await tx.customer.findUniqueOrThrow({ where: { id: keptId } });
  const untouched = (change: MergeRecord['filled'][number]) => {
    const current = kept[change.field as keyof typeof kept];
    return (current instanceof Date ? current.toISOString() : current) === change.after;
  };
  // The flag goes back as a whole, or not at all when anyone flagged, unflagged or re-flagged since.
  const flagUntouched = record.filled.filter((c) => badFlagFields.includes(c.field)).every(untouched);
  const restore: Record<string, unknown> = {};
  for (const change of record.filled) {
    const back = badFlagFields.includes(change.field) ? flagUntouched : untouched(change);
    if (back) restore[change.field] = change.before;
  }
  if (Object.keys(restore).length > 0) await tx.customer.update({ where: { id: keptId }, data: restore });
}
