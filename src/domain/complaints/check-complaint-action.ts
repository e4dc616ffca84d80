import type { Actor } from '../people.ts';
import { topEscalationLevel } from './escalation.ts';

export type ComplaintAction = 'accept' | 'resolve' | 'reassign' | 'escalate' | 'rate';

/** The people and state that decide who may do what to a complaint. */
export interface ComplaintAccess {
  status: string;
  ownerId: number | null;
  ownerManagerId: number | null;
  reporterId: number;
  escalationLevel: number;
}

export type ComplaintCheck =
  | { kind: 'allowed' }
  | {
      kind: 'forbidden';
      reason: 'owner_only' | 'owner_manager_or_admin' | 'owner_or_reporter' | 'reporter_only';
    }
  | { kind: 'conflict'; reason: 'already_acknowledged' | 'not_open' | 'not_resolved' | 'at_top_level' };

/**
 * The owner accepts and resolves; the owner, their manager or an admin reassigns; the owner or the
 * reporter escalates; the reporter records the customer's satisfaction once the complaint is resolved.
 * Who may act is checked before the state, so a stranger learns nothing about the complaint.
 */
export function checkComplaintAction(
  action: ComplaintAction,
  actor: Pick<Actor, 'id' | 'role'>,
  complaint: ComplaintAccess,
): ComplaintCheck {
  const isOwner = complaint.ownerId !== null && complaint.ownerId === actor.id;
  const forbidden = (reason: Extract<ComplaintCheck, { kind: 'forbidden' }>['reason']) =>
    ({ kind: 'forbidden', reason }) as const;
  const conflict = (reason: Extract<ComplaintCheck, { kind: 'conflict' }>['reason']) =>
    ({ kind: 'conflict', reason }) as const;
  const working = complaint.status === 'open' || complaint.status === 'acknowledged';
  switch (action) {
    case 'accept':
      if (!isOwner) return forbidden('owner_only');
      if (complaint.status === 'acknowledged') return conflict('already_acknowledged');
      return complaint.status === 'open' ? { kind: 'allowed' } : conflict('not_open');
    case 'resolve':
      if (!isOwner) return forbidden('owner_only');
      return working ? { kind: 'allowed' } : conflict('not_open');
    case 'reassign': {
      const isManager = complaint.ownerManagerId !== null && complaint.ownerManagerId === actor.id;
      if (!isOwner && !isManager && actor.role !== 'admin') return forbidden('owner_manager_or_admin');
      return working ? { kind: 'allowed' } : conflict('not_open');
    }
    case 'escalate':
      if (!isOwner && complaint.reporterId !== actor.id) return forbidden('owner_or_reporter');
      if (!working) return conflict('not_open');
      return complaint.escalationLevel >= topEscalationLevel ? conflict('at_top_level') : { kind: 'allowed' };
    case 'rate':
      if (complaint.reporterId !== actor.id) return forbidden('reporter_only');
      return complaint.status === 'resolved' ? { kind: 'allowed' } : conflict('not_resolved');
  }
}
