import { complaintCard } from '../../../cards/complaint.ts';
import { recordAudit } from '../../db/audit.ts';
import type { Tx } from '../../db/client.ts';
import { createCustomer } from '../../db/customers.ts';
import { planComplaintDeadlines } from '../../domain/complaint-deadlines.ts';
import { type Ctx, reply } from '../context.ts';
import type { Draft } from '../draft.ts';
import { resolveCustomer } from '../resolve-customer.ts';
import type { Reply } from '../types.ts';

/**
 * Files a complaint for a customer with the category and severity read from the text, deadlines by
 * severity, and an owner: the service colleague with the fewest open complaints.
 */
export async function fileComplaint(ctx: Ctx, draft: Draft): Promise<Reply> {
  const { actor } = ctx;
  const resolution = await resolveCustomer(ctx, draft);
  if (resolution.kind === 'asked') return resolution.reply;
  const { category, severity } = draft.parse.complaint ?? { category: 'other', severity: 'normal' };
  const description = draft.parse.summary ?? draft.text;
  const filedAt = ctx.now();
  const deadlines = planComplaintDeadlines(severity, filedAt);
  const provenance = {
    actorId: actor.id,
    source: draft.source,
    parser: 'rules',
    confirmedBy: draft.confirmedBy ?? null,
  };
  const complaint = await ctx.db.$transaction(async (tx) => {
    const customer =
      resolution.kind === 'create'
        ? await createCustomer(tx, { name: resolution.name, ownerId: actor.id }, provenance)
        : resolution.customer;
    const ownerId = await pickServiceOwner(tx);
    const row = await tx.complaint.create({
      data: {
        customerId: customer.id,
        reporterId: actor.id,
        ownerId,
        category,
        severity,
        description,
        ...deadlines,
        createdAt: filedAt,
        events: { create: { actorId: actor.id, action: 'filed', note: description, at: filedAt } },
      },
      include: { owner: { select: { name: true } } },
    });
    await recordAudit(tx, [
      {
        ...provenance,
        action: 'complaint.filed',
        entity: 'complaint',
        entityId: row.id,
        data: { customerId: customer.id, category, severity, ownerId },
      },
    ]);
    return { ...row, customerName: customer.name };
  });
  ctx.log.info({ complaintId: complaint.id, severity }, 'complaint filed');
  return reply([
    complaintCard({
      locale: actor.locale,
      timeZone: ctx.timeZone,
      complaint: {
        id: complaint.id,
        customer: complaint.customerName,
        category,
        severity,
        description,
        owner: complaint.owner?.name ?? null,
        ackDueAt: complaint.ackDueAt,
        resolveDueAt: complaint.resolveDueAt,
      },
    }),
  ]);
}

/** Until routing rules exist, the least-loaded service colleague owns a new complaint. */
async function pickServiceOwner(tx: Tx): Promise<number | null> {
  const staff = await tx.person.findMany({
    where: { role: 'service' },
    select: {
      id: true,
      _count: { select: { owned: { where: { status: { in: ['open', 'acknowledged'] } } } } },
    },
    orderBy: { id: 'asc' },
  });
  staff.sort((a, b) => a._count.owned - b._count.owned || a.id - b.id);
  return staff[0]?.id ?? null;
}
