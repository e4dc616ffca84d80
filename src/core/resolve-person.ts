import { toActor } from '../db/people.ts';
import type { Actor } from '../domain/people.ts';
import { BotError } from '../errors.ts';
import type { Ctx } from './context.ts';

/** A colleague named in a command ("李娜", "tom chen"): exact name first, then ignoring case. */
export async function resolvePerson(ctx: Ctx, name: string): Promise<Actor> {
  const zh = ctx.actor.locale === 'zh';
  const wanted = name.trim();
  const people = (await ctx.db.person.findMany({ orderBy: { id: 'asc' } })).map(toActor);
  const exact = people.filter((person) => person.name === wanted);
  const found =
    exact.length > 0 ? exact : people.filter((p) => p.name.toLowerCase() === wanted.toLowerCase());
  if (found.length === 1) return found[0]!;
  throw new BotError(
    found.length === 0 ? 'not_found' : 'conflict',
    found.length === 0
      ? zh
        ? `没有找到同事「${wanted}」，请写全名。`
        : `I do not know a colleague called "${wanted}". Use their full name.`
      : zh
        ? `有 ${found.length} 位同事叫「${wanted}」，请让管理员先改名区分。`
        : `${found.length} colleagues are called "${wanted}"; ask an admin to tell them apart first.`,
  );
}

/**
 * Splits "华为 李娜" / "Acme Corp Tom Chen" into the customer and the colleague at its end: the longest
 * colleague's name the text ends with. A 给 / to / : between them is dropped.
 */
export async function splitCustomerAndPerson(
  ctx: Ctx,
  text: string,
): Promise<{ customer: string; person: Actor } | null> {
  const people = (await ctx.db.person.findMany({ orderBy: { id: 'asc' } })).map(toActor);
  const whole = text.trim();
  const candidates = people
    .filter((person) => person.name !== '' && whole.toLowerCase().endsWith(person.name.toLowerCase()))
    .sort((a, b) => b.name.length - a.name.length);
  for (const person of candidates) {
    const head = whole.slice(0, whole.length - person.name.length);
    // The name must start a word: "Acme Tom Chen" does not end with a colleague called "en". Chinese
    // needs no space (华为李娜).
    if (!/[\s:：,，\u3400-\u9fff]$/.test(head)) continue;
    const customer = head.replace(/(?:\s+(?:to|for)|给|[:：,，])?\s*$/i, '').trim();
    if (customer !== '') return { customer, person };
  }
  return null;
}
