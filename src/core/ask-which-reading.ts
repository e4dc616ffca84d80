import { chooseReadingCard, type OfferedReading, offeredReadings } from '../../cards/choose-reading.ts';
import { noticeCard } from '../../cards/notice.ts';
import { findPendingFor, savePending } from '../db/pending.ts';
import { t } from '../i18n/t.ts';
import { type Ctx, reply } from './context.ts';
import { type Draft, draftSchema, type ModelReading } from './draft.ts';
import type { Reply } from './types.ts';
import { readWithModel } from './understand/read-with-model.ts';

/**
 * The clarifying question: the language model's reading first when one is configured and answered, then
 * the rules' likeliest readings, as buttons; nothing written until one is chosen. A redelivered message
 * gets its own question back (the model is not asked again), or is told it was answered already.
 * Null when there is nothing to offer (the rules had no reading and the model none either).
 */
export async function askWhichReading(ctx: Ctx, draft: Draft): Promise<Reply | null> {
  const earlier = await findPendingFor(ctx.db, ctx.actor.id, draft.source);
  if (earlier?.answered) {
    return reply([
      noticeCard({
        tone: 'info',
        title: t(ctx.actor.locale, 'askWhichReading.thatMessageWasAlready'),
      }),
    ]);
  }
  const asked = (earlier && (await storedQuestion(ctx, earlier.id))) || (await withModelReading(ctx, draft));
  const readings = (asked.readings ?? []).filter((intent): intent is OfferedReading =>
    (offeredReadings as readonly string[]).includes(intent),
  );
  const { modelReading } = asked;
  if (readings.length === 0 && !modelReading) return null;
  const pendingId =
    earlier?.id ??
    (await savePending(
      ctx.db,
      ctx.actor.id,
      { ...asked, readings: readings.length > 0 ? readings : undefined },
      ctx.now(),
      draft.source,
    ));
  return reply([
    chooseReadingCard({
      locale: ctx.actor.locale,
      timeZone: ctx.timeZone,
      pendingId,
      customer: draft.parse.customer,
      readings,
      ...(modelReading ? { model: toModelView(modelReading) } : {}),
    }),
  ]);
}

async function withModelReading(ctx: Ctx, draft: Draft): Promise<Draft> {
  const modelReading = await readWithModel(ctx, draft);
  return modelReading ? { ...draft, modelReading } : draft;
}

/** The question a message raised before, as it was asked. */
async function storedQuestion(ctx: Ctx, pendingId: number): Promise<Draft | null> {
  const row = await ctx.db.pendingIntent.findUnique({ where: { id: pendingId }, select: { payload: true } });
  const parsed = row ? draftSchema.safeParse(JSON.parse(row.payload)) : null;
  return parsed?.success ? parsed.data : null;
}

function toModelView(reading: ModelReading) {
  return {
    name: reading.model,
    intent: reading.intent,
    customer: reading.customer,
    contact: reading.contact,
    followUp: reading.followUpAt
      ? { at: new Date(reading.followUpAt), hasTime: reading.followUpHasTime }
      : null,
    summary: reading.summary,
  };
}
