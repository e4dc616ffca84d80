import type { Tx } from '../../db/client.ts';
import { carryBadFlag } from '../../domain/customers/carry-bad-flag.ts';
import type { MergeRecord } from '../../domain/customers/duplicates-merge-record.ts';
import { normalizeName } from '../../domain/customers/normalize-name.ts';

// Fields of the kept customer a merge fills from the removed one when they are empty. Grades and RFM
// scores are left to the nightly grading, which recomputes them from the merged history.
const fillable = ['region', 'industry', 'size', 'ownerId'] as const;

type CustomerRow = Awaited<ReturnType<typeof loadCustomer>>;

/**
 * Moves a customer's whole history onto another inside the caller's transaction and deletes it:
 * contacts, visits, follow-ups, complaints and sales move; aliases and collaborators are copied (the
 * removed name becomes an alias, the removed owner a collaborator); empty fields are filled, and the
 * removed customer's flag (不良客户) carries over when the kept one has none. Returns the record that
 * undoes it.
 */
export async function moveCustomerHistory(
  tx: Tx,
  keptId: number,
  removedId: number,
  now: Date,
): Promise<MergeRecord> {
  const kept = await loadCustomer(tx, keptId);
  const { aliases, collaborators, ...removed } = await loadCustomer(tx, removedId);
  const moved = await moveRecords(tx, removedId, keptId);
  const addedAliasIds = await copyAliases(tx, kept, removed.name, aliases);
  const addedCollaboratorIds = await copyCollaborators(
    tx,
    kept,
    [removed.ownerId, ...collaborators.map((collaborator) => collaborator.personId)],
    now,
  );
  const filled = await fillFields(tx, kept, removed);
  await tx.customer.delete({ where: { id: removedId } });
  return {
    keptId,
    removedId,
    removed: JSON.parse(JSON.stringify(removed)),
    removedAliases: aliases.map(({ id, alias, normalizedAlias }) => ({ id, alias, normalizedAlias })),
    removedCollaborators: collaborators.map((collaborator) => ({
      personId: collaborator.personId,
      addedAt: collaborator.addedAt.toISOString(),
    })),
    moved,
    addedAliasIds,
    addedCollaboratorIds,
    filled,
  };
}

function loadCustomer(tx: Tx, id: number) {
  return tx.customer.findUniqueOrThrow({ where: { id }, include: { aliases: true, collaborators: true } });
}

async function moveRecords(tx: Tx, fromId: number, toId: number): Promise<MergeRecord['moved']> {
  const where = { customerId: fromId };
  const ids = (rows: { id: number }[]) => rows.map((row) => row.id);
  const moved = {
    contacts: ids(await tx.contact.findMany({ where, select: { id: true } })),
    visits: ids(await tx.visit.findMany({ where, select: { id: true } })),
    followUps: ids(await tx.followUp.findMany({ where, select: { id: true } })),
    complaints: ids(await tx.complaint.findMany({ where, select: { id: true } })),
    sales: ids(await tx.sale.findMany({ where, select: { id: true } })),
    receivables: ids(await tx.receivable.findMany({ where, select: { id: true } })),
  };
  const data = { customerId: toId };
  await tx.contact.updateMany({ where, data });
  await tx.visit.updateMany({ where, data });
  await tx.followUp.updateMany({ where, data });
  await tx.complaint.updateMany({ where, data });
  await tx.sale.updateMany({ where, data });
  await tx.receivable.updateMany({ where, data });
  return moved;
}

// The removed name is kept as an alias even when its key equals the kept name's: it records how the
// company was also written. Its other aliases come along unless the kept customer already has the key.
async function copyAliases(
  tx: Tx,
  kept: CustomerRow,
  removedName: string,
  aliases: { alias: string; normalizedAlias: string }[],
): Promise<number[]> {
  const keys = new Set(kept.aliases.map((alias) => alias.normalizedAlias));
  const named = { alias: removedName, normalizedAlias: normalizeName(removedName) };
  const added: number[] = [];
  for (const alias of [named, ...aliases]) {
    const redundant = alias !== named && alias.normalizedAlias === kept.normalizedName;
    if (redundant || keys.has(alias.normalizedAlias) || alias.alias === kept.name) continue;
    keys.add(alias.normalizedAlias);
    const created = await tx.customerAlias.create({
      data: { customerId: kept.id, alias: alias.alias, normalizedAlias: alias.normalizedAlias },
    });
    added.push(created.id);
  }
  return added;
}

// The removed customer's owner and collaborators keep seeing the customer they worked on.
async function copyCollaborators(
  tx: Tx,
  kept: CustomerRow,
  people: (number | null)[],
  now: Date,
): Promise<number[]> {
  const known = new Set(kept.collaborators.map((collaborator) => collaborator.personId));
  const added: number[] = [];
  for (const personId of people) {
    if (personId === null || personId === kept.ownerId || known.has(personId)) continue;
    known.add(personId);
    await tx.customerCollaborator.create({ data: { customerId: kept.id, personId, addedAt: now } });
    added.push(personId);
  }
  return added;
}

async function fillFields(
  tx: Tx,
  kept: CustomerRow,
  removed: Omit<CustomerRow, 'aliases' | 'collaborators'>,
): Promise<MergeRecord['filled']> {
  const filled: MergeRecord['filled'] = [];
  for (const field of fillable) {
    if (kept[field] === null && removed[field] !== null)
      filled.push({ field, before: null, after: removed[field] });
  }
  if (filled.some((change) => change.field === 'ownerId') && kept.inPoolSince !== null) {
    // An owner from the merge takes the customer out of the public pool.
    filled.push({ field: 'inPoolSince', before: kept.inPoolSince.toISOString(), after: null });
  }
  const latest = [kept.lastContactAt, removed.lastContactAt]
    .filter((date) => date !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  if (latest && latest.getTime() !== kept.lastContactAt?.getTime()) {
    const before = kept.lastContactAt?.toISOString() ?? null;
    filled.push({ field: 'lastContactAt', before, after: latest.toISOString() });
  }
  filled.push(...carryBadFlag(kept, removed));
  if (filled.length > 0) {
    const data = Object.fromEntries(filled.map((change) => [change.field, change.after]));
    await tx.customer.update({ where: { id: kept.id }, data });
  }
  return filled;
}
