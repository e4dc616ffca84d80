import { chooseReadingCard, type OfferedReading, offeredReadings } from '../../cards/choose-reading.ts';
import { noticeCard } from '../../cards/notice.ts';
import { findPendingFor, savePending } from '../db/pending.ts';
import { type Ctx, reply } from './context.ts';
import type { Draft } from './draft.ts';
import type { Reply } from './types.ts';

/**
 * The clarifying question: the likeliest readings of a message as buttons, nothing written until one is
 * chosen. A redelivered message gets its own question back, or is told it was answered already.
 */
export async function askWhichReading(ctx: Ctx, draft: Draft): Promise<Reply> {
  const zh = ctx.actor.locale === 'zh';
  const readings = (draft.readings ?? []).filter((intent): intent is OfferedReading =>
    (offeredReadings as readonly string[]).includes(intent),
  );
  const earlier = await findPendingFor(ctx.db, ctx.actor.id, draft.source);
  if (earlier?.answered) {
    return reply([
      noticeCard({
        tone: 'info',
        title: zh ? '这条消息已经处理过了。' : 'That message was already taken care of.',
      }),
    ]);
  }
  const pendingId =
    earlier?.id ?? (await savePending(ctx.db, ctx.actor.id, { ...draft, readings }, ctx.now(), draft.source));
  return reply([
    chooseReadingCard({ locale: ctx.actor.locale, pendingId, customer: draft.parse.customer, readings }),
  ]);
}
