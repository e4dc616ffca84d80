import type { ComplaintChange } from '../../../cards/complaint.ts';
import { recordAudit } from '../../db/audit.ts';
import type { Tx } from '../../db/client.ts';
import { type ComplaintRecord, getComplaint, type PersonRef } from '../../db/complaints.ts';
import { recordPush } from '../../db/pushes.ts';
import type { Locale } from '../../domain/people.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { complaintCardFor } from './complaint-reply.ts';

export type ComplaintEventAction =
  | 'filed'
  | 'acknowledged'
  | 'resolved'
  | 'reassigned'
  | 'escalated'
  | 'reopened'
  | 'closed';

/** Who changed a complaint and what caused it, for the event and the audit log. */
export interface ChangeSource {
  actorId: number | null;
  /** "console:12", or "job:complaint_deadlines:<slot>" for the deadline check. */
  source: string;
}

/**
 * Writes a change only if the complaint is still as it was read: two people pressing at once, or a
 * card pressed after someone else moved the complaint on, must not both win.
 */
export async function updateComplaintIfUnchanged(
  tx: Tx,
  record: ComplaintRecord,
  data: Parameters<Tx['complaint']['updateMany']>[0]['data'],
  locale: Locale,
): Promise<void> {
  const { count } = await tx.complaint.updateMany({
    where: {
      id: record.id,
      status: record.status,
      ownerId: record.owner?.id ?? null,
      escalationLevel: record.escalationLevel,
    },
    data,
  });
  if (count === 0)
    throw new BotError('conflict', t(locale, 'recordComplaintChange.complaintIdWasJust', { id: record.id }));
}

/** The complaint's timeline event and the audit entry for one change, in the caller's transaction. */
export async function recordComplaintChange(
  tx: Tx,
  by: ChangeSource,
  change: {
    complaintId: number;
    event: ComplaintEventAction;
    note: string | null;
    at: Date;
    data: unknown;
  },
): Promise<number> {
  const event = await tx.complaintEvent.create({
    data: {
      complaintId: change.complaintId,
      actorId: by.actorId,
      action: change.event,
      note: change.note,
      at: change.at,
    },
  });
  await recordAudit(tx, [
    {
      actorId: by.actorId,
      action: `complaint.${change.event}`,
      entity: 'complaint',
      entityId: change.complaintId,
      data: change.data,
      source: by.source,
    },
  ]);
  return event.id;
}

/** Queues the complaint card, as it is inside this transaction, for one person in their language. */
export async function pushComplaint(
  tx: Tx,
  push: { key: string; kind: string; to: PersonRef; complaintId: number; change: ComplaintChange },
  timeZone: string,
  now: Date,
): Promise<void> {
  const record = await getComplaint(tx, push.complaintId);
  if (!record) return;
  const card = complaintCardFor(record, push.to.locale, timeZone, push.change);
  await recordPush(tx, { key: push.key, personId: push.to.id, kind: push.kind, cards: [card] }, now);
}
