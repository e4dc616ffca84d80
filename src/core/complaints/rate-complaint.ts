import { findEscalationChain, readComplaintSettings } from '../../db/complaints.ts';
import { planComplaintDeadlines } from '../../domain/complaints/plan-complaint-deadlines.ts';
import { reopensComplaint, type Satisfaction } from '../../domain/complaints/satisfaction.ts';
import type { Ctx } from '../context.ts';
import type { Reply } from '../types.ts';
import { showComplaint } from './complaint-reply.ts';
import { loadComplaintFor } from './load-complaint-for.ts';
import {
  pushComplaint,
  recordComplaintChange,
  updateComplaintIfUnchanged,
} from './record-complaint-change.ts';

const maxComment = 500;

/**
 * The reporter records what the customer thinks of the resolution. The three better levels close the
 * complaint; the two lowest reopen it, with fresh deadlines, and the owner's manager is asked to review.
 */
export async function rateComplaint(
  ctx: Ctx,
  complaintId: number,
  satisfaction: Satisfaction,
  rawComment: string | undefined,
  options: { replaceOriginal: boolean },
): Promise<Reply> {
  const record = await loadComplaintFor(ctx, complaintId, 'rate');
  const comment = rawComment?.trim().slice(0, maxComment) || null;
  const at = ctx.now();
  const by = { actorId: ctx.actor.id, source: ctx.source };
  const note = comment ? `${satisfaction}: ${comment}` : satisfaction;
  const rated = { satisfaction, satisfactionComment: comment };
  if (!reopensComplaint(satisfaction)) {
    await ctx.db.$transaction(async (tx) => {
      await updateComplaintIfUnchanged(tx, record, { ...rated, status: 'closed' }, ctx.actor.locale);
      await recordComplaintChange(tx, by, { complaintId, event: 'closed', note, at, data: rated });
    });
    ctx.log.info({ complaintId }, 'complaint closed');
    return showComplaint(ctx, complaintId, { kind: 'closed', by: ctx.actor.name, at }, options);
  }
  const change = { kind: 'reopened', by: ctx.actor.name, at } as const;
  await ctx.db.$transaction(async (tx) => {
    const settings = await readComplaintSettings(tx);
    const calendar = settings.workingHours && {
      timeZone: ctx.timeZone,
      hours: settings.workingHours,
      days: settings.workingDays,
    };
    // A second round: the clock starts again, and so does the escalation chain.
    const deadlines = planComplaintDeadlines(record.severity, at, settings.policy, calendar);
    await updateComplaintIfUnchanged(
      tx,
      record,
      { ...rated, ...deadlines, status: 'open', acknowledgedAt: null, resolvedAt: null, escalationLevel: 0 },
      ctx.actor.locale,
    );
    await recordComplaintChange(tx, by, {
      complaintId,
      event: 'reopened',
      note,
      at,
      data: { ...rated, ...deadlines },
    });
    const [manager] = await findEscalationChain(tx, record.owner?.id ?? null);
    if (manager) {
      await pushComplaint(
        tx,
        {
          key: `complaint_reopened:${complaintId}:${record.round + 1}`,
          kind: 'complaint_reopened',
          to: manager,
          complaintId,
          change,
        },
        ctx.timeZone,
        at,
      );
    }
  });
  ctx.log.info({ complaintId, satisfaction }, 'complaint reopened');
  return showComplaint(ctx, complaintId, change, options);
}
