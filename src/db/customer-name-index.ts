import type { KeyedName } from '../domain/customers/customer-name-forms.ts';
import { createNameIndex, type NamedCustomer, type NameIndex } from '../domain/customers/name-index.ts';
import type { Db } from './client.ts';

interface Kept {
  index: NameIndex;
  /** The last CustomerNameChange row applied. */
  cursor: number;
  /** Catching up runs one at a time, so changes apply in the order they were made. */
  turn: Promise<void>;
}

const kept = new WeakMap<Db, Promise<Kept>>();
const batch = 5000;

/**
 * This process's index of every customer's name forms, current with the database: built on first use,
 * then brought up to date before each use from the change rows that triggers write on every insert,
 * rename, merge, delete or alias change of a customer — by this process or any other.
 */
export async function customerNameIndex(db: Db): Promise<NameIndex> {
  let entry = kept.get(db);
  if (!entry) {
    entry = buildIndex(db);
    kept.set(db, entry);
    // A failed build is tried again on the next message rather than kept.
    entry.catch(() => kept.delete(db));
  }
  const state = await entry;
  const turn = state.turn.then(() => catchUp(db, state));
  state.turn = turn.catch(() => undefined);
  await turn;
  return state.index;
}

async function buildIndex(db: Db): Promise<Kept> {
  // The cursor is read first: a change made while the customers load is applied again, never missed.
  const last = await db.customerNameChange.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  const customers = await loadCustomers(db, null);
  return { index: createNameIndex(customers), cursor: last?.id ?? 0, turn: Promise.resolve() };
}

async function catchUp(db: Db, state: Kept): Promise<void> {
  for (;;) {
    const changes = await db.customerNameChange.findMany({
      where: { id: { gt: state.cursor } },
      orderBy: { id: 'asc' },
      take: batch,
    });
    if (changes.length === 0) return;
    const ids = [...new Set(changes.map((change) => change.customerId))];
    const current = new Map((await loadCustomers(db, ids)).map((customer) => [customer.id, customer]));
    for (const id of ids) state.index.put(id, current.get(id) ?? null);
    state.cursor = changes.at(-1)!.id;
    if (changes.length < batch) return;
  }
}

/** Every customer's name and aliases (ids null), or those of the given customers. */
async function loadCustomers(db: Db, ids: number[] | null): Promise<NamedCustomer[]> {
  const where = ids ? { id: { in: ids } } : {};
  const [rows, aliases] = await Promise.all([
    db.customer.findMany({ where, select: { id: true, name: true, normalizedName: true } }),
    db.customerAlias.findMany({
      where: ids ? { customerId: { in: ids } } : {},
      select: { customerId: true, alias: true, normalizedAlias: true },
    }),
  ]);
  // The stored keys are normalizeName's, so the index does not work them out again.
  const byCustomer = new Map<number, KeyedName[]>();
  for (const { customerId, alias, normalizedAlias } of aliases) {
    const list = byCustomer.get(customerId) ?? [];
    list.push({ text: alias, key: normalizedAlias });
    byCustomer.set(customerId, list);
  }
  return rows.map((row) => ({
    id: row.id,
    name: { text: row.name, key: row.normalizedName },
    aliases: byCustomer.get(row.id) ?? [],
  }));
}
