import { type BadMark, badMarkOf } from '../domain/grading/bad-reason.ts';
import { type AuditEntry, recordAudit } from './audit.ts';
import type { Tx } from './client.ts';

export interface TransferredCustomers {
  /** With `bad` set when the customer is flagged bad, so the new owner is warned. */
  customers: { id: number; name: string; bad: BadMark | null }[];
  /** Open follow-ups of the previous owner on these customers, now the new owner's. */
  followUps: { id: number; title: string; dueAt: Date; hasTime: boolean; customer: string }[];
  /** Open complaints on these customers; `moved` when the previous owner handled it and now the new one does. */
  complaints: { id: number; description: string; severity: string; customer: string; moved: boolean }[];
}

const openComplaint = ['open', 'acknowledged'];

/**
 * Gives customers a new owner inside the caller's transaction, with what goes along: the previous
 * owner's open follow-ups on them and the open complaints the previous owner was handling. The pool
 * marks are cleared, a new owner who was a collaborator stops being one, and every change is audited.
 */
export async function transferCustomers(
  tx: Tx,
  input: {
    customerIds: number[];
    fromId: number | null;
    toId: number;
    action: 'customer.handed_over' | 'customer.assigned';
  },
  provenance: Omit<AuditEntry, 'action' | 'entity' | 'entityId' | 'data'>,
  at: Date,
): Promise<TransferredCustomers> {
  const { customerIds, fromId, toId } = input;
  const customers = await tx.customer.findMany({
    where: { id: { in: customerIds } },
    select: { id: true, name: true, ownerId: true, status: true, badReason: true },
    orderBy: { name: 'asc' },
  });
  const names = new Map(customers.map((customer) => [customer.id, customer.name]));
  await tx.customer.updateMany({
    where: { id: { in: customerIds } },
    data: { ownerId: toId, inPoolSince: null, formerOwnerId: null },
  });
  await tx.customerCollaborator.deleteMany({ where: { customerId: { in: customerIds }, personId: toId } });
  const followUps =
    fromId === null
      ? []
      : await tx.followUp.findMany({
          where: { customerId: { in: customerIds }, status: 'open', assigneeId: fromId },
          select: { id: true, title: true, dueAt: true, hasTime: true, customerId: true },
          orderBy: { dueAt: 'asc' },
        });
  if (followUps.length > 0)
    await tx.followUp.updateMany({
      where: { id: { in: followUps.map((f) => f.id) } },
      data: { assigneeId: toId },
    });
  const complaints = await tx.complaint.findMany({
    where: { customerId: { in: customerIds }, status: { in: openComplaint } },
    select: { id: true, description: true, severity: true, customerId: true, ownerId: true },
    orderBy: { id: 'asc' },
  });
  const moved = complaints.filter((complaint) => fromId !== null && complaint.ownerId === fromId);
  for (const complaint of moved) {
    await tx.complaint.update({ where: { id: complaint.id }, data: { ownerId: toId } });
    await tx.complaintEvent.create({
      data: {
        complaintId: complaint.id,
        actorId: provenance.actorId,
        action: 'reassigned',
        note: `customer handover ${fromId} → ${toId}`,
        at,
      },
    });
  }
  const audit = (
    action: string,
    entity: AuditEntry['entity'],
    entityId: number,
    data: unknown,
  ): AuditEntry => ({
    ...provenance,
    action,
    entity,
    entityId,
    data,
    at,
  });
  await recordAudit(tx, [
    ...customers.map((c) => audit(input.action, 'customer', c.id, { from: c.ownerId, to: toId })),
    ...followUps.map((f) => audit('follow_up.reassigned', 'follow_up', f.id, { from: fromId, to: toId })),
    ...moved.map((c) => audit('complaint.reassigned', 'complaint', c.id, { from: fromId, to: toId })),
  ]);
  return {
    customers: customers.map((c) => ({ id: c.id, name: c.name, bad: badMarkOf(c) })),
    followUps: followUps.map(({ customerId, ...f }) => ({ ...f, customer: names.get(customerId) ?? '' })),
    complaints: complaints.map((c) => ({
      id: c.id,
      description: c.description,
      severity: c.severity,
      customer: names.get(c.customerId) ?? '',
      moved: moved.includes(c),
    })),
  };
}
