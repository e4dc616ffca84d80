import { choosePersonCard } from '../../cards/choose-person.ts';
import { savePending } from '../db/pending.ts';
import { findMembers } from '../db/people.ts';
import { type Actor, baseName, labelNamesakes } from '../domain/people.ts';
import { BotError } from '../errors.ts';
import { t } from '../i18n/t.ts';
import { type Ctx, reply } from './context.ts';
import type { Draft } from './draft.ts';
import type { Reply } from './types.ts';

type Member = Awaited<ReturnType<typeof findMembers>>[number];

export type PersonMatch =
  | { kind: 'found'; person: Actor }
  | { kind: 'none' }
  | { kind: 'ambiguous'; candidates: { person: Actor; label: string }[] };

/**
 * The members a name in a command fits ("李娜", "tom chen", "张伟 (华东组)"): the name as stored or
 * without the account a namesake was given, exactly and then ignoring case. A qualifier in brackets
 * (a team, an account, "#12") picks among namesakes. Waiting and declined people are never found.
 */
export async function matchPerson(ctx: Ctx, name: string): Promise<PersonMatch> {
  const wanted = name.trim();
  const members = await findMembers(ctx.db);
  let found = fits(members, wanted);
  const qualified = /^(.+?)\s*[(（]\s*([^()（）]+?)\s*[)）]$/.exec(wanted);
  if (found.length === 0 && qualified) {
    const qualifier = qualified[2]!.toLowerCase();
    found = fits(members, qualified[1]!).filter(
      (member) =>
        member.team?.toLowerCase() === qualifier ||
        member.accounts.some((account) => account.toLowerCase() === qualifier) ||
        `#${member.actor.id}` === qualifier,
    );
  }
  if (found.length === 0) return { kind: 'none' };
  if (found.length === 1) return { kind: 'found', person: found[0]!.actor };
  const labels = labelNamesakes(
    found.map((member) => ({ ...member.actor, team: member.team, accounts: member.accounts })),
  );
  return {
    kind: 'ambiguous',
    candidates: found.map((member) => ({ person: member.actor, label: labels.get(member.actor.id)! })),
  };
}

function fits(members: Member[], wanted: string): Member[] {
  const exact = members.filter((m) => m.actor.name === wanted || baseName(m.actor.name) === wanted);
  if (exact.length > 0) return exact;
  const folded = wanted.toLowerCase();
  return members.filter(
    (m) => m.actor.name.toLowerCase() === folded || baseName(m.actor.name).toLowerCase() === folded,
  );
}

/** A colleague named in a command that cannot ask back: an unknown or shared name is an answer. */
export async function resolvePerson(ctx: Ctx, name: string): Promise<Actor> {
  const match = await matchPerson(ctx, name);
  if (match.kind === 'found') return match.person;
  throw personProblem(ctx, name, match);
}

/**
 * A colleague named in a command that runs as a draft: when the name fits several people the bot
 * asks which one, as it does for customers, and the answer runs the command again with `personId`.
 */
export async function resolvePersonOrAsk(
  ctx: Ctx,
  draft: Draft,
  name: string,
): Promise<{ kind: 'found'; person: Actor } | { kind: 'asked'; reply: Reply }> {
  const match = await matchPerson(ctx, name);
  if (match.kind === 'found') return match;
  if (match.kind === 'none') throw personProblem(ctx, name, match);
  const chosen = match.candidates.find((candidate) => candidate.person.id === draft.personId);
  if (chosen) return { kind: 'found', person: chosen.person };
  const pendingId = await savePending(ctx.db, ctx.actor.id, draft, ctx.now());
  const card = choosePersonCard({
    locale: ctx.actor.locale,
    pendingId,
    mention: name.trim(),
    candidates: match.candidates.map((c) => ({ id: c.person.id, label: c.label })),
  });
  return { kind: 'asked', reply: reply([card]) };
}

function personProblem(ctx: Ctx, name: string, match: Exclude<PersonMatch, { kind: 'found' }>): BotError {
  const wanted = name.trim();
  if (match.kind === 'none')
    return new BotError('not_found', t(ctx.actor.locale, 'resolvePerson.iDoNotKnow', { wanted }));
  const labels = match.candidates.map((candidate) => candidate.label);
  return new BotError(
    'conflict',
    t(ctx.actor.locale, 'resolvePerson.labelscountColleaguesAreCalled', {
      labelsCount: labels.length,
      wanted,
      value: labels.join(t(ctx.actor.locale, 'list.separator')),
      labels: labels[0] ?? '',
    }),
  );
}

/**
 * Splits "华为 李娜" / "Acme Corp Tom Chen" into the customer and the colleague's name at its end: the
 * longest member's name the text ends with. A 给 / to / : between them is dropped; a qualifier in
 * brackets after the name ("华为 张伟 (华东组)") stays with the name.
 */
export async function splitCustomerAndPerson(
  ctx: Ctx,
  text: string,
): Promise<{ customer: string; personName: string } | null> {
  const members = await findMembers(ctx.db);
  const names = [
    ...new Set(members.flatMap((m) => [m.actor.name, baseName(m.actor.name)]).filter((n) => n !== '')),
  ].sort((a, b) => b.length - a.length);
  const trimmed = text.trim();
  const qualifier = /\s*[(（][^()（）]+[)）]$/.exec(trimmed)?.[0] ?? '';
  return (
    splitAtName(trimmed, names, '') ??
    (qualifier === '' ? null : splitAtName(trimmed.slice(0, -qualifier.length), names, qualifier))
  );
}

function splitAtName(
  whole: string,
  names: string[],
  qualifier: string,
): { customer: string; personName: string } | null {
  for (const name of names) {
    if (!whole.toLowerCase().endsWith(name.toLowerCase())) continue;
    const head = whole.slice(0, whole.length - name.length);
    // The name must start a word: "Acme Tom Chen" does not end with a colleague called "en". Chinese
    // needs no space (华为李娜).
    if (!/[\s:：,，\u3400-\u9fff]$/.test(head)) continue;
    const customer = head.replace(/(?:\s+(?:to|for)|给|[:：,，])?\s*$/i, '').trim();
    if (customer !== '') return { customer, personName: `${whole.slice(head.length)}${qualifier}`.trim() };
  }
  return null;
}
