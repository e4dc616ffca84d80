import type { BadCustomerFlagged } from '../../cards/bad-customers-flagged.ts';
import { arrearsFlag, clearArrearsFlagIfPaid, flagForArrears } from '../db/arrears-flag.ts';
import { findCustomersInArrears } from '../db/receivables.ts';
import { forEachItem, type JobDeps } from './run-job.ts';

export type FlaggedByOwner = Map<number, BadCustomerFlagged[]>;

/**
 * The arrears half of the nightly bad-customer job: flags customers with a receivable unpaid more than
 * a year past due, and lifts the arrears flag this job set from those that no longer have one (a
 * payment recorded in chat lifts it at once; an import or a corrected due day is caught here).
 */
export async function flagArrears(
  deps: JobDeps,
  now: Date,
  source: string,
  spared: ReadonlySet<number>,
): Promise<{ byOwner: FlaggedByOwner; done: number; failed: number }> {
  const { db } = deps;
  const [inArrears, flaggedByUs] = await Promise.all([
    findCustomersInArrears(db, now),
    db.customer.findMany({ where: { status: 'bad', badReason: arrearsFlag }, select: { id: true } }),
  ]);
  const by = { actorId: null, source, at: now };
  const byOwner: FlaggedByOwner = new Map();
  const flagged = await forEachItem(
    inArrears.filter((customer) => !spared.has(customer.id)),
    deps.logger,
    (customer) => ({ customerId: customer.id }),
    async (customer) => {
      await db.$transaction((tx) => flagForArrears(tx, customer.id, by));
      addTo(byOwner, customer.ownerId, { name: customer.name, reason: arrearsFlag });
    },
  );
  const lifted = await forEachItem(
    flaggedByUs,
    deps.logger,
    (customer) => ({ customerId: customer.id }),
    async (customer) => {
      await db.$transaction((tx) => clearArrearsFlagIfPaid(tx, customer.id, by));
    },
  );
  return {
    byOwner,
    done: flagged.done + lifted.done,
    failed: flagged.failed + lifted.failed,
  };
}

export function addTo(byOwner: FlaggedByOwner, ownerId: number | null, item: BadCustomerFlagged): void {
  if (ownerId !== null) byOwner.set(ownerId, [...(byOwner.get(ownerId) ?? []), item]);
}
