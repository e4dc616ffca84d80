import { chineseLocaleOf, type Locale } from '../../domain/people.ts';
import type { Ctx } from '../context.ts';

/**
 * Commands answer in the language of their command words: "add routing rule … team=售后" is English
 * even though a Chinese name makes the message count as Chinese elsewhere.
 */
export function inCommandLanguage(ctx: Ctx, text: string): Ctx {
  const opening = text.replace(/^(?:\s*@\S+)*\s*/, '');
  const locale: Locale = /^[a-z]/i.test(opening)
    ? 'en'
    : /^[\u3400-\u9fff]/.test(opening)
      ? chineseLocaleOf(opening, ctx.actor.locale)
      : ctx.actor.locale;
  return locale === ctx.actor.locale ? ctx : { ...ctx, actor: { ...ctx.actor, locale } };
}
