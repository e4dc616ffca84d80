import type { EscalationReason } from '../../../cards/complaint.ts';
import type { Tx } from '../../db/client.ts';
import { type ComplaintRecord, findEscalationChain, type PersonRef } from '../../db/complaints.ts';
import { type ChangeSource, pushComplaint, recordComplaintChange } from './record-complaint-change.ts';

/**
 * Raises a complaint one level and tells the person at that level: the owner's manager, then the one
 * above (an admin where there is none). Returns false when it is no longer at the level below, which
 * is how a second process or a second press finds out it was beaten to it.
 */
export async function recordEscalation(
  tx: Tx,
  record: ComplaintRecord,
  step: { level: number; reason: EscalationReason; by: ChangeSource & { name: string | null }; at: Date },
  timeZone: string,
): Promise<{ escalated: false } | { escalated: true; to: PersonRef | null }> {
  const { count } = await tx.complaint.updateMany({
    where: { id: record.id, escalationLevel: step.level - 1, status: { in: ['open', 'acknowledged'] } },
    data: { escalationLevel: step.level },
  });
  if (count === 0) return { escalated: false };
  const chain = await findEscalationChain(tx, record.owner?.id ?? null);
  const to = chain[step.level - 1] ?? null;
  await recordComplaintChange(tx, step.by, {
    complaintId: record.id,
    event: 'escalated',
    note: `L${step.level} → ${to?.name ?? '—'} (${step.reason})`,
    at: step.at,
    data: { level: step.level, to: to?.id ?? null, reason: step.reason },
  });
  if (to) {
    await pushComplaint(
      tx,
      {
        // One push per level and round: never twice, however many checks or presses race.
        key: `complaint_escalated:${record.id}:${record.round}:${step.level}`,
        kind: 'complaint_escalated',
        to,
        complaintId: record.id,
        change: { kind: 'escalated', by: step.by.name, at: step.at, level: step.level, reason: step.reason },
      },
      timeZone,
      step.at,
    );
  }
  return { escalated: true, to };
}
