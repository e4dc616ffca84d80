import { contactMatchKeys } from '../domain/customers/contact-match-keys.ts';
import type { ExistingCustomer, ImportLookup } from '../domain/import/import-lookup.ts';
import { toPersonKey } from '../domain/import/import-lookup.ts';
import { legacyPhoneKeys } from '../domain/import/legacy-phone-keys.ts';
import type { PhoneRegion } from '../domain/import/phone-regions.ts';
import { listAssignmentRules } from './assignment-rules.ts';
import type { Db, Tx } from './client.ts';

// Keys per IN (…) list: far below SQLite's bound-variable limit, large enough to keep queries few.
const chunkSize = 500;

/**
 * Loads the customers an import's rows could mean, by name key, alias, contact phone and email, with
 * what planImport compares (fields, contacts, earlier imported sales), every person for the owner
 * column and the assignment rules. Only indexed lookups, in chunks, so 100,000 rows cost a few hundred queries.
 */
export async function loadImportLookup(
  db: Db | Tx,
  keys: { names: string[]; phones: string[]; emails: string[] },
  region: PhoneRegion,
): Promise<ImportLookup> {
  const byName = new Map<string, number[]>();
  const byAlias = new Map<string, number[]>();
  const byPhone = new Map<string, number[]>();
  const byEmail = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, id: number) => {
    const ids = map.get(key) ?? [];
    if (!ids.includes(id)) map.set(key, [...ids, id]);
  };
  for (const chunk of chunks(unique(keys.names))) {
    const [customers, aliases] = await Promise.all([
      db.customer.findMany({
        where: { normalizedName: { in: chunk } },
        select: { id: true, normalizedName: true },
      }),
      db.customerAlias.findMany({
        where: { normalizedAlias: { in: chunk } },
        select: { customerId: true, normalizedAlias: true },
      }),
    ]);
    for (const row of customers) push(byName, row.normalizedName, row.id);
    for (const row of aliases) push(byAlias, row.normalizedAlias, row.customerId);
  }
  // Keys stored before phones were E.164 are asked for too; each hit's own phone says what it is.
  const phones = new Set(keys.phones);
  for (const chunk of chunks(unique(keys.phones.flatMap((phone) => [phone, ...legacyPhoneKeys(phone)])))) {
    const rows = await db.contact.findMany({
      where: { normalizedPhone: { in: chunk } },
      select: { customerId: true, phone: true, email: true, normalizedPhone: true },
    });
    for (const row of rows) {
      const phone = contactMatchKeys(row, region).normalizedPhone ?? row.normalizedPhone!;
      if (phones.has(phone)) push(byPhone, phone, row.customerId);
    }
  }
  for (const chunk of chunks(unique(keys.emails))) {
    const rows = await db.contact.findMany({
      where: { normalizedEmail: { in: chunk } },
      select: { customerId: true, normalizedEmail: true },
    });
    for (const row of rows) push(byEmail, row.normalizedEmail!, row.customerId);
  }
  await matchLegacyContacts(db, keys, region, (kind, key, id) =>
    push(kind === 'phone' ? byPhone : byEmail, key, id),
  );

  const ids = unique(
    [...byName.values(), ...byAlias.values(), ...byPhone.values(), ...byEmail.values()].flat(),
  );
  const customers = new Map<number, ExistingCustomer>();
  for (const chunk of chunks(ids)) {
    const rows = await db.customer.findMany({
      where: { id: { in: chunk } },
      include: {
        aliases: { select: { normalizedAlias: true } },
        contacts: { orderBy: { id: 'asc' } },
        sales: { where: { source: 'import' }, select: { amountCents: true, occurredOn: true } },
        receivables: { where: { source: 'import' }, select: { amountCents: true, dueOn: true } },
      },
    });
    for (const row of rows) {
      customers.set(row.id, {
        id: row.id,
        name: row.name,
        normalizedName: row.normalizedName,
        region: row.region,
        industry: row.industry,
        size: row.size,
        grade: row.grade,
        ownerId: row.ownerId,
        aliasKeys: row.aliases.map((alias) => alias.normalizedAlias),
        contacts: row.contacts.map((contact) => ({
          id: contact.id,
          name: contact.name,
          title: contact.title,
          phone: contact.phone,
          email: contact.email,
          birthday: contact.birthday,
          // Computed from the phone, not read: a stored key may be of the digits-only kind.
          normalizedPhone: contactMatchKeys(contact, region).normalizedPhone ?? contact.normalizedPhone,
          normalizedEmail: contact.normalizedEmail ?? contactMatchKeys(contact).normalizedEmail,
        })),
        importedSales: row.sales.map(
          (sale) => `${sale.amountCents}@${sale.occurredOn.toISOString().slice(0, 10)}`,
        ),
        importedArrears: row.receivables.map(
          (owed) => `${owed.amountCents}@${owed.dueOn.toISOString().slice(0, 10)}`,
        ),
      });
    }
  }
  const people = new Map<string, { id: number; name: string }[]>();
  for (const person of await db.person.findMany({
    select: { id: true, name: true },
    orderBy: { id: 'asc' },
  })) {
    const key = toPersonKey(person.name);
    people.set(key, [...(people.get(key) ?? []), person]);
  }
  const assignmentRules = await listAssignmentRules(db);
  return { byName, byAlias, byPhone, byEmail, customers, people, assignmentRules };
}

// Contacts saved before the matching keys existed (or by code that does not fill them) have a phone or
// email but no key; they are few, so their keys are computed here rather than missed.
async function matchLegacyContacts(
  db: Db | Tx,
  keys: { phones: string[]; emails: string[] },
  region: PhoneRegion,
  found: (kind: 'phone' | 'email', key: string, customerId: number) => void,
): Promise<void> {
  const phones = new Set(keys.phones);
  const emails = new Set(keys.emails);
  const rows = await db.contact.findMany({
    where: {
      OR: [
        { normalizedPhone: null, phone: { not: null } },
        { normalizedEmail: null, email: { not: null } },
      ],
    },
    select: { customerId: true, phone: true, email: true, normalizedPhone: true, normalizedEmail: true },
  });
  for (const row of rows) {
    const keys = contactMatchKeys(row, region);
    const phone = row.normalizedPhone === null ? keys.normalizedPhone : null;
    const email = row.normalizedEmail === null ? keys.normalizedEmail : null;
    if (phone && phones.has(phone)) found('phone', phone, row.customerId);
    if (email && emails.has(email)) found('email', email, row.customerId);
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function chunks<T>(values: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < values.length; i += chunkSize) result.push(values.slice(i, i + chunkSize));
  return result;
}
