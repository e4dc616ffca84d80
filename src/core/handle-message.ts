import { rememberLocale } from '../db/people.ts';
import { chineseLocaleOf } from '../domain/people.ts';
import { BotError } from '../errors.ts';
import { askWhichReading } from './ask-which-reading.ts';
import type { Ctx } from './context.ts';
import type { Draft } from './draft.ts';
import { runCommand } from './run-command.ts';
import type { Reply } from './types.ts';
import { type CustomerReading, understandMessage } from './understand/understand-message.ts';

export const maxTextLength = 4000;

/** What a message the bot cannot read most often means: a visit to log, or the follow-up list. */
const commonestReadings: Draft['intent'][] = ['log_visit', 'list_followups'];

/** Understands a chat message and runs the use case it asks for, or asks what it means when unsure. */
export async function handleMessage(ctx: Ctx, rawText: string): Promise<Reply> {
  const text = rawText.trim();
  if (text.length > maxTextLength) {
    const zh = /[\u3400-\u9fff]/.test(text) || ctx.actor.locale !== 'en';
    throw new BotError(
      'text_too_long',
      zh
        ? `消息太长了（${text.length} 字），请控制在 ${maxTextLength} 字以内，或分几条发送。`
        : `That message is too long (${text.length} characters). Keep it under ${maxTextLength}, or split it.`,
    );
  }
  const sentAt = ctx.now();
  const understanding = await understandMessage(text, { db: ctx.db, now: sentAt, timeZone: ctx.timeZone });
  const { parse } = understanding;
  // Answer in the language written in, traditional Chinese included; text without words ("?", "   ")
  // keeps the last one.
  const actor = /\p{L}/u.test(text)
    ? await rememberLocale(
        ctx.db,
        ctx.actor,
        parse.language === 'en' ? 'en' : chineseLocaleOf(text, ctx.actor.locale),
      )
    : ctx.actor;
  const c: Ctx = { ...ctx, actor };
  ctx.log.debug({ intent: parse.intent, confidence: understanding.confidence }, 'message understood');
  const draft: Draft = {
    intent: parse.intent,
    text,
    source: ctx.source,
    parse,
    ...customerFields(understanding.customer),
  };
  // Unsure: the rules offer readings, or read nothing at all, when the commonest two are offered (and
  // a language model, when there is one, tries first).
  const unread = parse.intent === 'unknown' && /\p{L}/u.test(text);
  const readings =
    understanding.readings.length > 0 ? understanding.readings : unread ? commonestReadings : [];
  if (readings.length > 0) {
    const asked = await askWhichReading(c, {
      ...draft,
      readings,
      sentAt: sentAt.toISOString(),
    });
    if (asked) return { ...asked, locale: actor.locale };
  }
  return { ...(await runCommand(c, draft)), locale: actor.locale };
}

/** The customer the message named, carried on the draft so no use case looks it up again. */
export function customerFields(customer: CustomerReading): Pick<Draft, 'customerId' | 'customerIds'> {
  if (customer.kind === 'known') return { customerId: customer.customerId };
  if (customer.kind === 'several') return { customerIds: customer.customerIds };
  return {};
}
