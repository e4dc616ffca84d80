import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import type { Ctx } from '../context.ts';
import type { Reply } from '../types.ts';
import { showComplaint } from './complaint-reply.ts';
import { colleagueProblem, findColleague } from './find-colleague.ts';
import { loadComplaintFor } from './load-complaint-for.ts';
import {
  pushComplaint,
  recordComplaintChange,
  updateComplaintIfUnchanged,
} from './record-complaint-change.ts';

/** Gives the complaint to another colleague, who is told; the owner, their manager or an admin may. */
export async function reassignComplaint(
  ctx: Ctx,
  complaintId: number,
  typed: string | undefined,
): Promise<Reply> {
  const record = await loadComplaintFor(ctx, complaintId, 'reassign');
  if (!typed?.trim())
    throw new BotError('invalid_input', t(ctx.actor.locale, 'reassignComplaint.reassignToWhomGive'));
  const match = await findColleague(ctx.db, typed);
  if (match.kind !== 'found')
    throw new BotError('invalid_input', colleagueProblem(match, typed, ctx.actor.locale));
  const to = match.person;
  if (to.id === record.owner?.id)
    throw new BotError(
      'invalid_input',
      t(ctx.actor.locale, 'reassignComplaint.nameAlreadyOwnsComplaint', { complaintId, name: to.name }),
    );
  const at = ctx.now();
  const by = { actorId: ctx.actor.id, source: ctx.source };
  const change = { kind: 'reassigned', by: ctx.actor.name, at, to: to.name } as const;
  await ctx.db.$transaction(async (tx) => {
    await updateComplaintIfUnchanged(tx, record, { ownerId: to.id }, ctx.actor.locale);
    const eventId = await recordComplaintChange(tx, by, {
      complaintId,
      event: 'reassigned',
      note: `${record.owner?.name ?? '—'} → ${to.name}`,
      at,
      data: { from: record.owner?.id ?? null, to: to.id },
    });
    if (to.id !== ctx.actor.id) {
      // Keyed by the event: the same person may be given the complaint again later.
      await pushComplaint(
        tx,
        {
          key: `complaint_assigned:${complaintId}:${to.id}:${eventId}`,
          kind: 'complaint_assigned',
          to,
          complaintId,
          change,
        },
        ctx.timeZone,
        at,
      );
    }
  });
  ctx.log.info({ complaintId, ownerId: to.id }, 'complaint reassigned');
  return showComplaint(ctx, complaintId, change, { replaceOriginal: true });
}
