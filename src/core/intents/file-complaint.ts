import { recordAudit } from '../../db/audit.ts';
import { getComplaint, readComplaintSettings, toPersonRef } from '../../db/complaints.ts';
import { createCustomer } from '../../db/customers.ts';
import { planComplaintDeadlines } from '../../domain/complaints/plan-complaint-deadlines.ts';
import { complaintCardFor } from '../complaints/complaint-reply.ts';
import { pushComplaint } from '../complaints/record-complaint-change.ts';
import { routeComplaint } from '../complaints/route-complaint.ts';
import { type Ctx, reply } from '../context.ts';
import { type Draft, provenanceOf } from '../draft.ts';
import { resolveCustomer } from '../resolve-customer.ts';
import type { Reply } from '../types.ts';

/**
 * Files a complaint for a customer with the category and severity read from the text, deadlines by
 * severity (in working time when the workspace says so), and an owner chosen by the routing rules,
 * who is told at once.
 */
export async function fileComplaint(ctx: Ctx, draft: Draft): Promise<Reply> {
  const { actor } = ctx;
  const resolution = await resolveCustomer(ctx, draft);
  if (resolution.kind === 'asked') return resolution.reply;
  const { category, severity } = draft.parse.complaint ?? { category: 'other', severity: 'normal' };
  const description = draft.parse.summary ?? draft.text;
  const filedAt = ctx.now();
  const provenance = provenanceOf(actor.id, draft);
  const change = { kind: 'filed', by: actor.name, at: filedAt } as const;
  const complaintId = await ctx.db.$transaction(async (tx) => {
    const settings = await readComplaintSettings(tx);
    const calendar = settings.workingHours && {
      timeZone: ctx.timeZone,
      hours: settings.workingHours,
      days: settings.workingDays,
    };
    const deadlines = planComplaintDeadlines(severity, filedAt, settings.policy, calendar);
    const customer =
      resolution.kind === 'create'
        ? await createCustomer(tx, { name: resolution.name, ownerId: actor.id }, provenance)
        : resolution.customer;
    const facts = await tx.customer.findUniqueOrThrow({
      where: { id: customer.id },
      select: { region: true, grade: true, ownerId: true },
    });
    const route = await routeComplaint(
      tx,
      { category, region: facts.region, grade: facts.grade, customerOwnerId: facts.ownerId },
      settings.defaultOwnerId,
    );
    const row = await tx.complaint.create({
      data: {
        customerId: customer.id,
        reporterId: actor.id,
        ownerId: route.ownerId,
        category,
        severity,
        description,
        ...deadlines,
        createdAt: filedAt,
        events: { create: { actorId: actor.id, action: 'filed', note: description, at: filedAt } },
      },
      include: { owner: true },
    });
    await recordAudit(tx, [
      {
        ...provenance,
        action: 'complaint.filed',
        entity: 'complaint',
        entityId: row.id,
        data: { customerId: customer.id, category, severity, ownerId: route.ownerId, routedBy: route.via },
      },
    ]);
    if (row.owner && row.owner.id !== actor.id) {
      await pushComplaint(
        tx,
        {
          key: `complaint_assigned:${row.id}:${row.owner.id}`,
          kind: 'complaint_assigned',
          to: toPersonRef(row.owner),
          complaintId: row.id,
          change: { ...change, kind: 'assigned' },
        },
        ctx.timeZone,
        filedAt,
      );
    }
    return row.id;
  });
  ctx.log.info({ complaintId, severity }, 'complaint filed');
  const record = await getComplaint(ctx.db, complaintId);
  return reply([complaintCardFor(record!, actor.locale, ctx.timeZone, change)]);
}
