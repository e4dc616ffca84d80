import type { ImportTarget } from '../domain/import/apply-import-row.ts';
import type { ImportPlan } from '../domain/import/plan-import.ts';
import type { Tx } from './client.ts';
import { insertRows } from './import-insert-rows.ts';

export interface ImportProvenance {
  actorId: number;
  /** The message or command that ran the import, e.g. "cli:import", "feishu:Ev123". */
  source: string;
  fileName: string;
  now: Date;
}

/**
 * Writes a planned import inside the caller's transaction, in batches: new customers, then aliases,
 * contacts and sales for new and existing customers, the few field updates, and the audit log (one
 * entry per customer written plus one for the import, whose id is returned).
 */
export async function writeImport(tx: Tx, plan: ImportPlan, provenance: ImportProvenance): Promise<number> {
  const { now } = provenance;
  const createdIds = await insertRows(
    tx,
    'Customer',
    plan.creates.map((target) => ({
      name: target.name,
      normalizedName: target.key,
      region: target.values.region,
      industry: target.values.industry,
      size: target.values.size,
      grade: target.values.grade,
      ownerId: target.values.ownerId,
      createdAt: now,
      updatedAt: now,
    })),
  );
  const idOf = new Map<ImportTarget, number>(
    plan.creates.map((target, index) => [target, createdIds[index]!]),
  );
  for (const target of plan.updates) idOf.set(target, target.existingId!);
  const targets = [...plan.creates, ...plan.updates];
  const customerId = (target: ImportTarget) => idOf.get(target)!;
  await insertRows(
    tx,
    'CustomerAlias',
    targets.flatMap((target) =>
      target.newAliases.map((alias) => ({ customerId: customerId(target), ...alias })),
    ),
  );
  await insertRows(
    tx,
    'Contact',
    targets.flatMap((target) =>
      target.contacts
        .filter((contact) => contact.id === null)
        .map((contact) => ({
          customerId: customerId(target),
          name: contact.name,
          title: contact.title,
          phone: contact.phone,
          email: contact.email,
          normalizedPhone: contact.normalizedPhone,
          normalizedEmail: contact.normalizedEmail,
          birthday: contact.birthday,
          createdAt: now,
        })),
    ),
  );
  await insertRows(
    tx,
    'Sale',
    targets.flatMap((target) =>
      target.newSales.map((sale) => ({
        customerId: customerId(target),
        amountCents: sale.amountCents,
        // A sale happens on a day, not at an instant: stored as that calendar day at 00:00 UTC.
        occurredOn: new Date(`${sale.day}T00:00:00Z`),
        source: 'import',
        recordedBy: provenance.actorId,
        createdAt: now,
      })),
    ),
  );
  await insertRows(
    tx,
    'Receivable',
    targets.flatMap((target) =>
      target.newArrears.map((owed) => ({
        customerId: customerId(target),
        amountCents: owed.amountCents,
        // Stored like an imported sale's day, at 00:00 UTC.
        dueOn: new Date(`${owed.day}T00:00:00Z`),
        paidCents: 0,
        source: 'import',
        recordedBy: provenance.actorId,
        createdAt: now,
      })),
    ),
  );
  await updateExisting(tx, plan.updates, now);
  await insertRows(
    tx,
    'AuditLog',
    targets.map((target) => ({
      actorId: provenance.actorId,
      action: target.existingId === null ? 'customer.created' : 'customer.updated',
      entity: 'customer',
      entityId: customerId(target),
      data: JSON.stringify(describeTarget(target, provenance.fileName)),
      source: provenance.source,
      at: now,
    })),
  );
  return recordImport(tx, plan, provenance);
}

// Field updates are per customer (each fills different fields); an import rarely has many.
async function updateExisting(tx: Tx, updates: ImportTarget[], now: Date): Promise<void> {
  for (const target of updates) {
    if (target.filled.size > 0) {
      const data = Object.fromEntries(
        [...target.filled].map((field) =>
          field === 'owner' ? ['ownerId', target.values.ownerId] : [field, target.values[field]],
        ),
      );
      await tx.customer.update({ where: { id: target.existingId! }, data: { ...data, updatedAt: now } });
    }
    for (const contact of target.contacts) {
      if (contact.id !== null && Object.keys(contact.filled).length > 0) {
        await tx.contact.update({ where: { id: contact.id }, data: contact.filled });
      }
    }
  }
}

// An import has no table of its own: its audit entry is its record, and refers to itself by id.
async function recordImport(tx: Tx, plan: ImportPlan, provenance: ImportProvenance): Promise<number> {
  const counts: Record<string, number> = {};
  for (const outcome of plan.outcomes) counts[outcome.kind] = (counts[outcome.kind] ?? 0) + 1;
  const entry = await tx.auditLog.create({
    data: {
      actorId: provenance.actorId,
      action: 'customers.imported',
      entity: 'import',
      entityId: 0,
      data: JSON.stringify({ file: provenance.fileName, counts }),
      source: provenance.source,
      at: provenance.now,
    },
  });
  await tx.auditLog.update({ where: { id: entry.id }, data: { entityId: entry.id } });
  return entry.id;
}

function describeTarget(target: ImportTarget, fileName: string) {
  return {
    name: target.name,
    import: fileName,
    row: target.firstRow,
    ...(target.existingId === null ? {} : { filled: [...target.filled] }),
    contactsAdded: target.contacts.filter((contact) => contact.id === null).length,
    salesAdded: target.newSales.length,
    arrearsAdded: target.newArrears.length,
  };
}
