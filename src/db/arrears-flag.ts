import { encodeBadReason } from '../domain/grading/bad-reason.ts';
import { recordAudit } from './audit.ts';
import type { Tx } from './client.ts';
import { hasArrearsOverAYear } from './receivables.ts';

/**
 * The flag the nightly job sets from receivables: reason arrears with no note. A person's arrears
 * flag always carries their note (「标记不良 华为 长期欠款」), so the two never mix: the system lifts
 * only its own flag, and a person's stays until a person lifts it.
 */
export const arrearsFlag = encodeBadReason('arrears', null);

type Source = { actorId: number | null; source: string; at: Date };

export async function flagForArrears(tx: Tx, customerId: number, by: Source): Promise<void> {
  await setArrearsFlag(tx, customerId, by, true);
}

/**
 * Lifts the system's arrears flag once nothing is unpaid more than a year past due, the same test
 * that set it. Audited as customer.arrears_cleared, not customer.unflagged: a manager's unflag spares
 * the customer from the no-business flag for a year; a payment does not. True when it lifted the flag.
 */
export async function clearArrearsFlagIfPaid(tx: Tx, customerId: number, by: Source): Promise<boolean> {
  const row = await tx.customer.findUniqueOrThrow({
    where: { id: customerId },
    select: { status: true, badReason: true },
  });
  if (row.status !== 'bad' || row.badReason !== arrearsFlag) return false;
  if (await hasArrearsOverAYear(tx, customerId, by.at)) return false;
  await setArrearsFlag(tx, customerId, by, false);
  return true;
}

/** Sets or lifts the system's arrears flag and audits it as customer.flagged_bad or customer.arrears_cleared. */
async function setArrearsFlag(tx: Tx, customerId: number, by: Source, flagged: boolean): Promise<void> {
  const badReason = flagged ? arrearsFlag : null;
  await tx.customer.update({
    where: { id: customerId },
    data: flagged
      ? { status: 'bad', badReason, flaggedAt: by.at }
      : { status: 'active', badReason, flaggedAt: null },
  });
  await recordAudit(tx, [
    {
      actorId: by.actorId,
      action: flagged ? 'customer.flagged_bad' : 'customer.arrears_cleared',
      entity: 'customer',
      entityId: customerId,
      data: { badReason },
      source: by.source,
      at: by.at,
    },
  ]);
}
