import { chooseCustomerCard } from '../../cards/choose-customer.ts';
import { type CustomerRef, getCustomerRef, getCustomerRefs, matchCustomer } from '../db/customers.ts';
import { savePending } from '../db/pending.ts';
import type { CustomerCandidate } from '../domain/customers/rank-customer-matches.ts';
import type { BadMark } from '../domain/grading/bad-reason.ts';
import { canSeeCustomer } from '../domain/permissions.ts';
import { BotError } from '../errors.ts';
import { t } from '../i18n/t.ts';
import { type Ctx, reply } from './context.ts';
import type { Draft } from './draft.ts';
import type { Reply } from './types.ts';

export type CustomerResolution =
  | { kind: 'existing'; customer: CustomerRef }
  /** The person confirmed creating it; the use case creates it inside its own transaction. */
  | { kind: 'create'; name: string }
  | { kind: 'asked'; reply: Reply };

type AskReason = 'ambiguous' | 'uncertain' | 'unknown' | 'missing';

/** What the bot would do about a draft's customer, decided without writing anything. */
export type CustomerLookup =
  | { kind: 'existing'; customer: CustomerRef }
  | { kind: 'create'; name: string }
  | { kind: 'ask'; reason: AskReason; candidates: CustomerRef[] }
  /** The one customer meant is someone else's: the person is told so. */
  | { kind: 'forbidden'; customer: CustomerRef };

/**
 * Finds the customer a draft is about, or asks. Never guesses: several matches, a near miss or an
 * unknown name all become a question card, and nothing is written until it is answered.
 */
export async function resolveCustomer(ctx: Ctx, draft: Draft): Promise<CustomerResolution> {
  const lookup = await lookUpCustomer(ctx, draft);
  switch (lookup.kind) {
    case 'existing':
    case 'create':
      return lookup;
    case 'forbidden':
      throw await notYours(ctx, lookup.customer);
    case 'ask':
      return ask(
        ctx,
        draft,
        lookup.reason,
        lookup.reason === 'missing' ? await recentCustomers(ctx) : lookup.candidates,
      );
  }
}

/**
 * The customer the draft means: the one the person chose or the name index found, the several the
 * message named, or the name it gave matched against the database (`parse --resolve` prints this).
 */
export async function lookUpCustomer(ctx: Pick<Ctx, 'db' | 'actor'>, draft: Draft): Promise<CustomerLookup> {
  const { db } = ctx;
  if (draft.customerId !== undefined) {
    const customer = await getCustomerRef(db, draft.customerId);
    if (!customer)
      throw new BotError('not_found', t(ctx.actor.locale, 'resolveCustomer.thatCustomerNoLonger'));
    return (await isVisible(ctx, customer))
      ? { kind: 'existing', customer }
      : { kind: 'forbidden', customer };
  }
  const mention = draft.parse.customer;
  if (draft.createCustomer && mention) return { kind: 'create', name: mention };
  if (draft.customerIds) return pickVisible(ctx, await getCustomerRefs(db, draft.customerIds), 'ambiguous');
  if (!mention) return { kind: 'ask', reason: 'missing', candidates: [] };

  const { match, refs } = await matchCustomer(db, mention);
  if (match.kind === 'found') {
    const customer = refs.get(match.customer.id)!;
    return (await isVisible(ctx, customer))
      ? { kind: 'existing', customer }
      : { kind: 'forbidden', customer };
  }
  if (match.kind === 'none') return { kind: 'ask', reason: 'unknown', candidates: [] };
  const candidates = match.candidates.map((candidate) => refs.get(candidate.id)!);
  return pickVisible(ctx, candidates, match.reason === 'uncertain' ? 'uncertain' : 'ambiguous');
}

/** One visible customer among several is the one (unless they only look alike); else ask among the visible. */
async function pickVisible(
  ctx: Pick<Ctx, 'db' | 'actor'>,
  candidates: CustomerRef[],
  reason: 'ambiguous' | 'uncertain',
): Promise<CustomerLookup> {
  const visible: CustomerRef[] = [];
  for (const customer of candidates) if (await isVisible(ctx, customer)) visible.push(customer);
  if (visible.length === 0 && candidates[0]) return { kind: 'forbidden', customer: candidates[0] };
  if (visible.length === 1 && reason !== 'uncertain') return { kind: 'existing', customer: visible[0]! };
  return { kind: 'ask', reason, candidates: visible };
}

async function ask(
  ctx: Ctx,
  draft: Draft,
  reason: 'ambiguous' | 'uncertain' | 'unknown' | 'missing',
  candidates: CustomerCandidate[],
): Promise<CustomerResolution> {
  const pendingId = await savePending(ctx.db, ctx.actor.id, draft, ctx.now());
  const owners = await ownerNames(ctx, candidates);
  const bad = await badCustomerIds(ctx, candidates);
  const card = chooseCustomerCard({
    locale: ctx.actor.locale,
    pendingId,
    mention: draft.parse.customer,
    reason,
    candidates: candidates.map((candidate) => ({
      id: candidate.id,
      name: candidate.name,
      owner: candidate.ownerId === null ? null : (owners.get(candidate.ownerId) ?? null),
      ...(bad.has(candidate.id) ? { bad: bad.get(candidate.id)! } : {}),
    })),
  });
  return { kind: 'asked', reply: reply([card]) };
}

async function ownerNames(ctx: Ctx, candidates: CustomerCandidate[]): Promise<Map<number, string>> {
  const ids = [...new Set(candidates.map((candidate) => candidate.ownerId).filter((id) => id !== null))];
  if (ids.length === 0) return new Map();
  const people = await ctx.db.person.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
  });
  return new Map(people.map((person) => [person.id, person.name]));
}

/** Which candidates are flagged bad, so the choice card warns before anything is filed against them. */
async function badCustomerIds(ctx: Ctx, candidates: CustomerCandidate[]): Promise<Map<number, BadMark>> {
  if (candidates.length === 0) return new Map();
  const rows = await ctx.db.customer.findMany({
    where: { id: { in: candidates.map((candidate) => candidate.id) }, status: 'bad' },
    select: { id: true, badReason: true },
  });
  return new Map(rows.map((row) => [row.id, { reason: row.badReason }]));
}

/** The person's most recently contacted customers, offered when a message names none. */
async function recentCustomers(ctx: Ctx): Promise<CustomerCandidate[]> {
  const rows = await ctx.db.customer.findMany({
    where: { ownerId: ctx.actor.id },
    orderBy: [{ lastContactAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    take: 5,
    select: { id: true, name: true, normalizedName: true, ownerId: true },
  });
  return rows.map((row) => ({ ...row, aliases: [] }));
}

/** Whether the person may see this customer (service staff: through a complaint assigned to them). */
export async function isVisible(ctx: Pick<Ctx, 'db' | 'actor'>, customer: CustomerRef): Promise<boolean> {
  const assigned =
    ctx.actor.role === 'service' &&
    (await ctx.db.complaint.count({ where: { customerId: customer.id, ownerId: ctx.actor.id } })) > 0;
  return canSeeCustomer(ctx.actor, customer, assigned);
}

export async function assertVisible(ctx: Ctx, customer: CustomerRef): Promise<void> {
  if (!(await isVisible(ctx, customer))) throw await notYours(ctx, customer);
}

async function notYours(ctx: Ctx, customer: CustomerRef): Promise<BotError> {
  const owner = customer.ownerId
    ? (await ctx.db.person.findUnique({ where: { id: customer.ownerId }, select: { name: true } }))?.name
    : undefined;
  return new BotError(
    'forbidden',
    ctx.actor.locale !== 'en'
      ? `「${customer.name}」由 ${owner ?? '其他同事'} 负责，你没有权限查看或修改。如需协作请找其主管。`
      : `${customer.name} belongs to ${owner ?? 'a colleague'}; you cannot see or change it. Ask their manager to share it.`,
  );
}
