import { type DuplicatePairView, duplicatesCard } from '../../../cards/duplicates.ts';
import type { Db } from '../../db/client.ts';
import { readPhoneRegion } from '../../db/phone-region.ts';
import { contactMatchKeys } from '../../domain/customers/contact-match-keys.ts';
import { type DuplicateCandidate, detectDuplicates } from '../../domain/customers/duplicates.ts';
import { badMarkOf } from '../../domain/grading/bad-reason.ts';
import { requireAdmin } from '../../import/require-admin.ts';
import { type Ctx, reply } from '../context.ts';
import type { Reply } from '../types.ts';

const shownPairs = 10;

/**
 * 查重 / find duplicates: likely duplicate customers (same name key, shared contact phone or email,
 * close names), strongest first, each with a Merge button that keeps the customer with more history.
 * Pairs whose merge an admin undid are not suggested again.
 */
export async function findDuplicates(ctx: Ctx): Promise<Reply> {
  requireAdmin(ctx.actor, 'find_duplicates');
  const [candidates, skip, phoneRegion] = await Promise.all([
    loadCandidates(ctx.db),
    loadSeparatedPairs(ctx.db),
    readPhoneRegion(ctx.db),
  ]);
  const pairs = detectDuplicates(candidates, { skip });
  const shown = pairs.slice(0, shownPairs);
  const ids = [...new Set(shown.flatMap((pair) => pair.ids))];
  const [customers, weights] = await Promise.all([
    ctx.db.customer.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true, status: true, badReason: true, owner: { select: { name: true } } },
    }),
    weighHistory(ctx.db, ids),
  ]);
  const byId = new Map(customers.map((customer) => [customer.id, customer]));
  const views: DuplicatePairView[] = shown.map((pair) => {
    const [a, b] = pair.ids.map((id) => byId.get(id)!);
    // Keep the one with more history; on a tie, the older (lower id).
    const keepA = (weights.get(a!.id) ?? 0) >= (weights.get(b!.id) ?? 0);
    const [keep, remove] = keepA ? [a!, b!] : [b!, a!];
    const view = (c: typeof a) => ({
      id: c!.id,
      name: c!.name,
      owner: c!.owner?.name ?? null,
      bad: badMarkOf(c!),
    });
    return { keep: view(keep), remove: view(remove), reasons: pair.reasons };
  });
  return reply(
    [
      duplicatesCard({
        kind: 'list',
        locale: ctx.actor.locale,
        total: pairs.length,
        pairs: views,
        phoneRegion,
      }),
    ],
    {
      private: ctx.chat.kind === 'group',
    },
  );
}

async function loadCandidates(db: Db): Promise<DuplicateCandidate[]> {
  const [customers, contacts, region] = await Promise.all([
    db.customer.findMany({ select: { id: true, name: true, normalizedName: true } }),
    db.contact.findMany({
      select: { customerId: true, phone: true, email: true, normalizedPhone: true, normalizedEmail: true },
    }),
    readPhoneRegion(db),
  ]);
  const byCustomer = new Map<number, DuplicateCandidate>(
    customers.map((customer) => [customer.id, { ...customer, phones: [], emails: [] }]),
  );
  for (const contact of contacts) {
    const candidate = byCustomer.get(contact.customerId);
    // Keys are computed from the phone: stored ones may be missing or of the digits-only kind
    // written before phones were E.164, and must compare equal with the new ones.
    const keys = contactMatchKeys(contact, region);
    const phone = keys.normalizedPhone ?? contact.normalizedPhone;
    const email = contact.normalizedEmail ?? keys.normalizedEmail;
    if (phone) candidate?.phones.push(phone);
    if (email) candidate?.emails.push(email);
  }
  return [...byCustomer.values()];
}

async function loadSeparatedPairs(db: Db): Promise<Set<string>> {
  const undone = await db.auditLog.findMany({
    where: { action: 'customer.merge_undone' },
    select: { entityId: true, data: true },
  });
  return new Set(
    undone.map((entry) => {
      const keptId = Number(JSON.parse(entry.data ?? '{}').keptId);
      return keptId < entry.entityId ? `${keptId}:${entry.entityId}` : `${entry.entityId}:${keptId}`;
    }),
  );
}

async function weighHistory(db: Db, ids: number[]): Promise<Map<number, number>> {
  const where = { customerId: { in: ids } };
  const counts = await Promise.all([
    db.contact.groupBy({ by: ['customerId'], where, _count: true }),
    db.visit.groupBy({ by: ['customerId'], where, _count: true }),
    db.followUp.groupBy({ by: ['customerId'], where, _count: true }),
    db.complaint.groupBy({ by: ['customerId'], where, _count: true }),
    db.sale.groupBy({ by: ['customerId'], where, _count: true }),
  ]);
  const weights = new Map<number, number>();
  for (const row of counts.flat())
    weights.set(row.customerId, (weights.get(row.customerId) ?? 0) + row._count);
  return weights;
}
