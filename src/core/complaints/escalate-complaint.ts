import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import type { Ctx } from '../context.ts';
import type { Reply } from '../types.ts';
import { showComplaint } from './complaint-reply.ts';
import { loadComplaintFor } from './load-complaint-for.ts';
import { recordEscalation } from './record-escalation.ts';

/** The owner or the reporter escalates by hand: one level up, as a missed deadline would. */
export async function escalateComplaint(ctx: Ctx, complaintId: number): Promise<Reply> {
  const record = await loadComplaintFor(ctx, complaintId, 'escalate');
  const at = ctx.now();
  const level = record.escalationLevel + 1;
  const by = { actorId: ctx.actor.id, source: ctx.source, name: ctx.actor.name };
  await ctx.db.$transaction(async (tx) => {
    const result = await recordEscalation(tx, record, { level, reason: 'manual', by, at }, ctx.timeZone);
    if (!result.escalated)
      throw new BotError(
        'conflict',
        t(ctx.actor.locale, 'escalateComplaint.complaintComplaintidWasJust', { complaintId }),
      );
  });
  ctx.log.info({ complaintId, level }, 'complaint escalated');
  return showComplaint(
    ctx,
    complaintId,
    { kind: 'escalated', by: ctx.actor.name, at, level, reason: 'manual' },
    { replaceOriginal: true },
  );
}
