import { visitDraftCard } from '../../../cards/visit-draft.ts';
import { savePending } from '../../db/pending.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { type Ctx, reply } from '../context.ts';
import type { Draft } from '../draft.ts';
import { customerFields, maxTextLength } from '../handle-message.ts';
import { runCommand } from '../run-command.ts';
import type { Reply } from '../types.ts';
import { understandMessage } from '../understand/understand-message.ts';

/**
 * A text read as a visit whatever its words, because the person said so: `log` (they wrote it in the
 * visit form) logs it as a typed visit would be; `draft` (someone else's message they picked) shows what
 * was read and saves nothing until they confirm, through the same question a clarifying card asks.
 */
export async function visitFromText(ctx: Ctx, rawText: string, mode: 'log' | 'draft'): Promise<Reply> {
  const text = rawText.trim();
  if (text === '') {
    throw new BotError('invalid_input', t(ctx.actor.locale, 'visitFromText.thatMessageHasNo'));
  }
  if (text.length > maxTextLength) {
    throw new BotError(
      'text_too_long',
      t(ctx.actor.locale, 'visitFromText.thatIsTooLong', { textCount: text.length, maxTextLength }),
    );
  }
  const sentAt = ctx.now();
  const { parse, customer } = await understandMessage(text, {
    db: ctx.db,
    now: sentAt,
    timeZone: ctx.timeZone,
    intent: 'log_visit',
  });
  const draft: Draft = { intent: 'log_visit', text, source: ctx.source, parse, ...customerFields(customer) };
  if (mode === 'log') return runCommand(ctx, draft);
  // Confirming is choosing the one reading offered: the text is read again from when it was picked.
  const pendingId = await savePending(
    ctx.db,
    ctx.actor.id,
    { ...draft, readings: ['log_visit'], sentAt: sentAt.toISOString() },
    sentAt,
  );
  const card = visitDraftCard({
    locale: ctx.actor.locale,
    timeZone: ctx.timeZone,
    pendingId,
    customer: parse.customer,
    contact: parse.contact,
    followUp: parse.followUpAt ? { at: new Date(parse.followUpAt), hasTime: parse.followUpHasTime } : null,
    summary: parse.summary ?? text,
  });
  return reply([card], { private: true });
}
