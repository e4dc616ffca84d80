import { type AuditEntry, recordAudit } from './audit.ts';
import type { Db, Tx } from './client.ts';

const year = 365 * 24 * 60 * 60 * 1000;

type Provenance = Omit<AuditEntry, 'action' | 'entity' | 'entityId' | 'data'>;

/**
 * Records money a customer owes (欠款) and audits it under the customer, as a sale is: the audit
 * log's entity list has no receivable of its own.
 */
export async function createReceivable(
  tx: Tx,
  input: { customerId: number; amountCents: number; dueOn: Date; source: 'chat' | 'import' },
  provenance: Provenance,
): Promise<number> {
  const row = await tx.receivable.create({ data: { ...input, recordedBy: provenance.actorId } });
  await recordAudit(tx, [
    {
      ...provenance,
      action: 'receivable.recorded',
      entity: 'customer',
      entityId: input.customerId,
      data: { receivableId: row.id, amountCents: input.amountCents, dueOn: input.dueOn },
    },
  ]);
  return row.id;
}

/** What the customer still owes in all, and how much of it is past due. */
export async function sumOpenReceivables(
  db: Db | Tx,
  customerId: number,
  now: Date,
): Promise<{ openCents: number; overdueCents: number }> {
  const rows = await db.receivable.findMany({
    where: { customerId, paidOn: null },
    select: { amountCents: true, paidCents: true, dueOn: true },
  });
  let openCents = 0;
  let overdueCents = 0;
  for (const row of rows) {
    const left = row.amountCents - row.paidCents;
    openCents += left;
    if (row.dueOn < now) overdueCents += left;
  }
  return { openCents, overdueCents };
}

/**
 * A payment (回款) settles open receivables oldest due first; `all` pays everything open. The caller
 * checks that the amount does not pass what is open. Returns what was applied.
 */
export async function applyPayment(
  tx: Tx,
  input: { customerId: number; amountCents: number | 'all'; paidOn: Date },
  provenance: Provenance,
): Promise<{ appliedCents: number; settled: number[] }> {
  const open = await tx.receivable.findMany({
    where: { customerId: input.customerId, paidOn: null },
    orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
  });
  let left = input.amountCents === 'all' ? Number.POSITIVE_INFINITY : input.amountCents;
  let appliedCents = 0;
  const settled: number[] = [];
  for (const row of open) {
    if (left <= 0) break;
    const take = Math.min(left, row.amountCents - row.paidCents);
    const paidCents = row.paidCents + take;
    const full = paidCents >= row.amountCents;
    await tx.receivable.update({
      where: { id: row.id },
      data: { paidCents, paidOn: full ? input.paidOn : null },
    });
    if (full) settled.push(row.id);
    left -= take;
    appliedCents += take;
  }
  await recordAudit(tx, [
    {
      ...provenance,
      action: 'receivable.paid',
      entity: 'customer',
      entityId: input.customerId,
      data: { amountCents: appliedCents, paidOn: input.paidOn, settled },
    },
  ]);
  return { appliedCents, settled };
}

/** Whether any of the customer's receivables is unpaid more than a year past its due day. */
export async function hasArrearsOverAYear(db: Db | Tx, customerId: number, now: Date): Promise<boolean> {
  const row = await db.receivable.findFirst({
    where: { customerId, paidOn: null, dueOn: { lt: new Date(now.getTime() - year) } },
    select: { id: true },
  });
  return row !== null;
}

/** Customers not yet flagged bad who owe money unpaid more than a year past due. */
export function findCustomersInArrears(db: Db, now: Date) {
  return db.customer.findMany({
    where: {
      status: { not: 'bad' },
      receivables: { some: { paidOn: null, dueOn: { lt: new Date(now.getTime() - year) } } },
    },
    select: { id: true, name: true, ownerId: true },
  });
}
