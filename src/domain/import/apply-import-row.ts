import type { ExistingContact, ExistingCustomer } from './import-lookup.ts';
import type { KeptValue, RowChanges } from './import-report.ts';
import type { ImportContact, ImportRow } from './read-import-row.ts';

/** A contact as planned: an existing one (id) possibly gaining fields, or a new one (id null). */
export interface PlannedContact extends Omit<ExistingContact, 'id'> {
  id: number | null;
  /** Existing contacts only: the fields the import fills. */
  filled: Partial<
    Pick<ExistingContact, 'title' | 'phone' | 'email' | 'birthday' | 'normalizedPhone' | 'normalizedEmail'>
  >;
}

type Values = Record<KeptValue['field'], string | null> & { ownerId: number | null };

/** A customer the import writes to: one it creates, or one that exists. Rows accumulate into it. */
export interface ImportTarget {
  existingId: number | null;
  firstRow: number;
  name: string;
  /** normalizeName of the name: an alias with this key adds nothing. */
  key: string;
  values: Values;
  filled: Set<KeptValue['field']>;
  aliasKeys: Set<string>;
  newAliases: { alias: string; normalizedAlias: string }[];
  contacts: PlannedContact[];
  saleKeys: Set<string>;
  newSales: { amountCents: number; day: string }[];
  arrearsKeys: Set<string>;
  newArrears: { amountCents: number; day: string }[];
}

/** A customer to create from a row, or an existing one (`existing`, with its owner's name) to add to. */
export function createTarget(
  source: { row: number; name: string; key: string },
  existing: { customer: ExistingCustomer; owner: string | null } | null = null,
): ImportTarget {
  const customer = existing?.customer;
  return {
    existingId: customer?.id ?? null,
    firstRow: source.row,
    name: customer?.name ?? source.name,
    key: source.key,
    values: {
      region: customer?.region ?? null,
      industry: customer?.industry ?? null,
      size: customer?.size ?? null,
      grade: customer?.grade ?? null,
      owner: existing?.owner ?? null,
      ownerId: customer?.ownerId ?? null,
    },
    filled: new Set(),
    aliasKeys: new Set(customer?.aliasKeys ?? []),
    newAliases: [],
    contacts: (customer?.contacts ?? []).map((contact) => ({ ...contact, filled: {} })),
    saleKeys: new Set(customer?.importedSales ?? []),
    newSales: [],
    arrearsKeys: new Set(customer?.importedArrears ?? []),
    newArrears: [],
  };
}

/**
 * Adds what a row says to its customer: empty fields are filled, differing values are kept and
 * reported, a new contact is added (or an existing one completed), aliases and the sale once.
 */
export function applyImportRow(
  target: ImportTarget,
  row: ImportRow,
  owner: { id: number; name: string } | null,
  context: { importDay: string; aliasKey: (alias: string) => string },
): RowChanges {
  const changes: RowChanges = {
    filled: [],
    contactsAdded: 0,
    contactsUpdated: 0,
    aliasesAdded: 0,
    salesAdded: 0,
    arrearsAdded: 0,
    kept: [],
  };
  const incoming: Record<KeptValue['field'], string | null> = {
    region: row.region,
    industry: row.industry,
    size: row.size,
    grade: row.grade,
    owner: owner?.name ?? null,
  };
  for (const field of Object.keys(incoming) as KeptValue['field'][]) {
    const value = incoming[field];
    const current = target.values[field];
    if (value === null || value === current) continue;
    if (current === null) {
      target.values[field] = value;
      if (field === 'owner') target.values.ownerId = owner!.id;
      target.filled.add(field);
      changes.filled.push(field);
    } else {
      changes.kept.push({ field, current, incoming: value });
    }
  }
  for (const alias of row.aliases) {
    const normalizedAlias = context.aliasKey(alias);
    if (normalizedAlias === '' || normalizedAlias === target.key || target.aliasKeys.has(normalizedAlias))
      continue;
    target.aliasKeys.add(normalizedAlias);
    target.newAliases.push({ alias, normalizedAlias });
    changes.aliasesAdded += 1;
  }
  if (row.contact) addContact(target, row.contact, changes);
  if (row.sale) {
    const day = row.sale.day ?? context.importDay;
    const saleKey = `${row.sale.amountCents}@${day}`;
    if (!target.saleKeys.has(saleKey)) {
      target.saleKeys.add(saleKey);
      target.newSales.push({ amountCents: row.sale.amountCents, day });
      changes.salesAdded += 1;
    }
  }
  if (row.arrears) {
    // Without a due day the arrears count from the import day: never flagged sooner than they could be.
    const day = row.arrears.day ?? context.importDay;
    const key = `${row.arrears.amountCents}@${day}`;
    if (!target.arrearsKeys.has(key)) {
      target.arrearsKeys.add(key);
      target.newArrears.push({ amountCents: row.arrears.amountCents, day });
      changes.arrearsAdded += 1;
    }
  }
  return changes;
}

function addContact(target: ImportTarget, contact: ImportContact, changes: RowChanges): void {
  const same = target.contacts.find(
    (known) =>
      (contact.normalizedPhone !== null && known.normalizedPhone === contact.normalizedPhone) ||
      (contact.normalizedEmail !== null && known.normalizedEmail === contact.normalizedEmail) ||
      (known.name === contact.name &&
        !(known.normalizedPhone && contact.normalizedPhone) &&
        !(known.normalizedEmail && contact.normalizedEmail)),
  );
  if (!same) {
    target.contacts.push({ ...contact, id: null, filled: {} });
    changes.contactsAdded += 1;
    return;
  }
  let completed = false;
  for (const field of [
    'title',
    'phone',
    'email',
    'birthday',
    'normalizedPhone',
    'normalizedEmail',
  ] as const) {
    if (same[field] !== null || contact[field] === null) continue;
    same[field] = contact[field];
    if (same.id !== null) same.filled[field] = contact[field];
    completed = true;
  }
  if (completed) changes.contactsUpdated += 1;
}
