import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import type { Ctx } from '../context.ts';
import type { Reply } from '../types.ts';
import { showComplaint } from './complaint-reply.ts';
import { loadComplaintFor } from './load-complaint-for.ts';
import {
  pushComplaint,
  recordComplaintChange,
  updateComplaintIfUnchanged,
} from './record-complaint-change.ts';

const maxResolution = 2000;

/**
 * The owner resolves the complaint and says how; the reporter is asked to record the customer's
 * satisfaction (the card they receive has the five levels).
 */
export async function resolveComplaint(
  ctx: Ctx,
  complaintId: number,
  text: string | undefined,
): Promise<Reply> {
  const record = await loadComplaintFor(ctx, complaintId, 'resolve');
  const resolution = (text ?? '').trim();
  if (resolution === '')
    throw new BotError('invalid_input', t(ctx.actor.locale, 'resolveComplaint.writeTheResolutionHow'));
  if (resolution.length > maxResolution)
    throw new BotError(
      'invalid_input',
      t(ctx.actor.locale, 'resolveComplaint.keepTheResolutionUnder', { maxResolution }),
    );
  const at = ctx.now();
  const by = { actorId: ctx.actor.id, source: ctx.source };
  const change = { kind: 'resolved', by: ctx.actor.name, at } as const;
  await ctx.db.$transaction(async (tx) => {
    await updateComplaintIfUnchanged(
      tx,
      record,
      { status: 'resolved', resolution, resolvedAt: at },
      ctx.actor.locale,
    );
    await recordComplaintChange(tx, by, {
      complaintId,
      event: 'resolved',
      note: resolution,
      at,
      data: { resolution },
    });
    if (record.reporter.id !== ctx.actor.id) {
      await pushComplaint(
        tx,
        {
          key: `complaint_resolved:${complaintId}:${record.round}`,
          kind: 'complaint_resolved',
          to: record.reporter,
          complaintId,
          change,
        },
        ctx.timeZone,
        at,
      );
    }
  });
  ctx.log.info({ complaintId }, 'complaint resolved');
  return showComplaint(ctx, complaintId, change, { replaceOriginal: true });
}
