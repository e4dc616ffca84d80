import type { Ctx } from '../context.ts';
import type { Reply } from '../types.ts';
import { showComplaint } from './complaint-reply.ts';
import { loadComplaintFor } from './load-complaint-for.ts';
import { recordComplaintChange, updateComplaintIfUnchanged } from './record-complaint-change.ts';

/** The owner takes the complaint on: acknowledged, which stops the acknowledge deadline. */
export async function acceptComplaint(ctx: Ctx, complaintId: number): Promise<Reply> {
  const record = await loadComplaintFor(ctx, complaintId, 'accept');
  const at = ctx.now();
  const by = { actorId: ctx.actor.id, source: ctx.source };
  await ctx.db.$transaction(async (tx) => {
    await updateComplaintIfUnchanged(
      tx,
      record,
      { status: 'acknowledged', acknowledgedAt: at },
      ctx.actor.locale,
    );
    await recordComplaintChange(tx, by, {
      complaintId,
      event: 'acknowledged',
      note: null,
      at,
      data: { acknowledgedAt: at, late: at > record.ackDueAt },
    });
  });
  ctx.log.info({ complaintId }, 'complaint accepted');
  return showComplaint(
    ctx,
    complaintId,
    { kind: 'accepted', by: ctx.actor.name, at },
    { replaceOriginal: true },
  );
}
