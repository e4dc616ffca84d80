import { normalizeName } from '../domain/customers/normalize-name.ts';
import {
  type CustomerCandidate,
  type CustomerMatch,
  rankCustomerMatches,
} from '../domain/customers/rank-customer-matches.ts';
import type { CustomerAccess } from '../domain/permissions.ts';
import { type AuditEntry, recordAudit } from './audit.ts';
import type { Db, Tx } from './client.ts';

export type CustomerRef = CustomerCandidate & CustomerAccess;

const candidateSelect = {
  id: true,
  name: true,
  normalizedName: true,
  ownerId: true,
  owner: { select: { teamId: true } },
  aliases: { select: { normalizedAlias: true } },
  collaborators: { select: { personId: true } },
} as const;

type CandidateRow = {
  id: number;
  name: string;
  normalizedName: string;
  ownerId: number | null;
  owner: { teamId: number | null } | null;
  aliases: { normalizedAlias: string }[];
  collaborators: { personId: number }[];
};

function toRef(row: CandidateRow): CustomerRef {
  return {
    id: row.id,
    name: row.name,
    normalizedName: row.normalizedName,
    aliases: row.aliases.map((alias) => alias.normalizedAlias),
    ownerId: row.ownerId,
    ownerTeamId: row.owner?.teamId ?? null,
    collaboratorIds: row.collaborators.map((collaborator) => collaborator.personId),
  };
}

// The largest code point: `key` ≤ x < key + top is every string that starts with `key`, which SQLite
// answers from the index instead of a scan.
const top = '\u{10FFFF}';
const prefixLimit = 20;

/**
 * Fetches the customers a mention could mean, cheapest query first, and ranks them. Exact and prefix
 * matches come from indexes; only when they find nothing does it scan for names containing the
 * mention, and then for names that start like it (typos) to rank by similarity.
 */
export async function matchCustomer(
  db: Db | Tx,
  mention: string,
): Promise<{ match: CustomerMatch; refs: Map<number, CustomerRef> }> {
  const key = normalizeName(mention);
  const rows: CandidateRow[] = [];
  if (key !== '') {
    // Two queries rather than one OR: SQLite answers each from its own index.
    const [byName, aliasHits] = await Promise.all([
      db.customer.findMany({
        where: { normalizedName: { gte: key, lt: key + top } },
        select: candidateSelect,
        take: prefixLimit,
      }),
      db.customerAlias.findMany({
        where: { normalizedAlias: { gte: key, lt: key + top } },
        select: { customerId: true },
        take: prefixLimit,
      }),
    ]);
    rows.push(...byName);
    const aliasIds = aliasHits
      .map((hit) => hit.customerId)
      .filter((id) => !byName.some((row) => row.id === id));
    if (aliasIds.length > 0) {
      rows.push(
        ...(await db.customer.findMany({ where: { id: { in: aliasIds } }, select: candidateSelect })),
      );
    }
    if (rows.length === 0 && [...key].length >= 2) {
      rows.push(...(await findByContains(db, key)));
    }
    if (rows.length === 0 && [...key].length >= 3) {
      const head = [...key].slice(0, 2).join('');
      rows.push(
        ...(await db.customer.findMany({
          where: { normalizedName: { gte: head, lt: head + top } },
          select: candidateSelect,
          take: 200,
        })),
      );
    }
  }
  const refs = new Map(rows.map((row) => [row.id, toRef(row)]));
  return { match: rankCustomerMatches(mention, [...refs.values()]), refs };
}

async function findByContains(db: Db | Tx, key: string): Promise<CandidateRow[]> {
  const hits = await db.$queryRawUnsafe<{ id: number }[]>(
    'SELECT id FROM Customer WHERE instr(normalizedName, ?) > 0 LIMIT ?',
    key,
    prefixLimit,
  );
  if (hits.length === 0) return [];
  return db.customer.findMany({
    where: { id: { in: hits.map((hit) => Number(hit.id)) } },
    select: candidateSelect,
  });
}

export async function getCustomerRef(db: Db | Tx, id: number): Promise<CustomerRef | null> {
  const row = await db.customer.findUnique({ where: { id }, select: candidateSelect });
  return row ? toRef(row) : null;
}

/** The customers with these ids that still exist, in the order given. */
export async function getCustomerRefs(db: Db | Tx, ids: number[]): Promise<CustomerRef[]> {
  const rows = await db.customer.findMany({ where: { id: { in: ids } }, select: candidateSelect });
  const byId = new Map(rows.map((row) => [row.id, toRef(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Creates a customer and records it in the audit log, inside the caller's transaction. */
export async function createCustomer(
  tx: Tx,
  input: { name: string; ownerId: number | null; aliases?: string[] },
  provenance: Omit<AuditEntry, 'action' | 'entity' | 'entityId' | 'data'>,
): Promise<CustomerRef> {
  const row = await tx.customer.create({
    data: {
      name: input.name.trim(),
      normalizedName: normalizeName(input.name),
      ownerId: input.ownerId,
      aliases: { create: uniqueAliases(input.aliases ?? []) },
    },
    select: candidateSelect,
  });
  await recordAudit(tx, [
    {
      ...provenance,
      action: 'customer.created',
      entity: 'customer',
      entityId: row.id,
      data: { name: row.name },
    },
  ]);
  return toRef(row);
}

function uniqueAliases(aliases: string[]): { alias: string; normalizedAlias: string }[] {
  const byKey = new Map<string, string>();
  for (const alias of aliases) {
    const key = normalizeName(alias);
    if (key !== '' && !byKey.has(key)) byKey.set(key, alias.trim());
  }
  return [...byKey].map(([normalizedAlias, alias]) => ({ alias, normalizedAlias }));
}
