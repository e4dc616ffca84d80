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
  await tx.customer.update({
    where: { id: customerId },
    data: { status: 'bad', badReason: arrearsFlag, flaggedAt: by.at },
  });
  await recordAudit(tx, [
    {
      actorId: by.actorId,
      action: 'customer.flagged_bad',
      entity: 'customer',
      entityId: customerId,
      data: { badReason: arrearsFlag },
      source: by.source,
      at: by.at,
    },
  ]);
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
  await tx.customer.update({
    where: { id: customerId },
    data: { status: 'active', badReason: null, flaggedAt: null },
  });
  await recordAudit(tx, [
    {
      actorId: by.actorId,
      action: 'customer.arrears_cleared',
      entity: 'customer',
      entityId: customerId,
      data: { badReason: null },
      source: by.source,
      at: by.at,
    },
  ]);
  return true;
}
