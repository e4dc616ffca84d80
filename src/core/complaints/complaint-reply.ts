import type { Card } from '../../../cards/card.ts';
import { type ComplaintChange, complaintCard } from '../../../cards/complaint.ts';
import { type ComplaintRecord, getComplaint } from '../../db/complaints.ts';
import type { Locale } from '../../domain/people.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { type Ctx, reply } from '../context.ts';
import type { Reply } from '../types.ts';

/** The complaint card for one reader, in their language. */
export function complaintCardFor(
  record: ComplaintRecord,
  locale: Locale,
  timeZone: string,
  change: ComplaintChange,
): Card {
  return complaintCard({
    locale,
    timeZone,
    change,
    complaint: {
      ...record,
      owner: record.owner?.name ?? null,
      reporter: record.reporter.name,
    },
  });
}

/** Answers with the complaint as it is now; after a button, the card replaces the one pressed. */
export async function showComplaint(
  ctx: Ctx,
  complaintId: number,
  change: ComplaintChange,
  options: { replaceOriginal: boolean },
): Promise<Reply> {
  const record = await getComplaint(ctx.db, complaintId);
  if (!record) throw complaintNotFound(ctx, complaintId);
  return reply([complaintCardFor(record, ctx.actor.locale, ctx.timeZone, change)], options);
}

export function complaintNotFound(ctx: Ctx, complaintId: number): BotError {
  return new BotError('not_found', t(ctx.actor.locale, 'complaintReply.thereIsNoComplaint', { complaintId }));
}
