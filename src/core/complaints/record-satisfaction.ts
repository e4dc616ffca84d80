import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import type { Ctx } from '../context.ts';
import type { Reply } from '../types.ts';
import { inCommandLanguage } from './command-locale.ts';
import { rateComplaint } from './rate-complaint.ts';
import { readSatisfaction } from './read-satisfaction.ts';

/** 满意度 #12 比较满意 …: the reporter records the customer's satisfaction in chat instead of on the card. */
export async function recordSatisfaction(original: Ctx, text: string): Promise<Reply> {
  const ctx = inCommandLanguage(original, text);
  const reading = readSatisfaction(text);
  if (reading.kind === 'unreadable')
    throw new BotError('invalid_input', t(ctx.actor.locale, 'recordSatisfaction.writeItLikeSatisfaction'));
  const complaintId = reading.complaintId ?? (await onlyOneWaiting(ctx));
  return rateComplaint(ctx, complaintId, reading.level, reading.comment ?? undefined, {
    replaceOriginal: false,
  });
}

/** Without a number, the one resolved complaint this person filed; with none or several, ask. */
async function onlyOneWaiting(ctx: Ctx): Promise<number> {
  const waiting = await ctx.db.complaint.findMany({
    where: { reporterId: ctx.actor.id, status: 'resolved' },
    select: { id: true },
    orderBy: { id: 'asc' },
    take: 10,
  });
  if (waiting.length === 1) return waiting[0]!.id;
  if (waiting.length === 0)
    throw new BotError('invalid_input', t(ctx.actor.locale, 'recordSatisfaction.noneOfYourComplaints'));
  const refs = waiting.map((complaint) => `#${complaint.id}`).join(t(ctx.actor.locale, 'list.separator'));
  throw new BotError(
    'invalid_input',
    t(ctx.actor.locale, 'recordSatisfaction.waitingcountComplaintsAreWaiting', {
      waitingCount: waiting.length,
      refs,
      value: refs.split(t(ctx.actor.locale, 'list.separator'))[0] ?? '',
    }),
  );
}
