import type { Locale } from '../src/domain/people.ts';
import { type MessageId, t } from '../src/i18n/t.ts';
import type { ComplaintChange, EscalationReason } from './complaint.ts';

const reasons = {
  acknowledge_missed: 'complaintChange.reason.acknowledgeMissed',
  resolve_missed: 'complaintChange.reason.resolveMissed',
  manual: 'complaintChange.reason.manual',
} as const satisfies Record<EscalationReason, MessageId>;

/** The title's verb and the footer's "who did it when" for the last change to a complaint. */
export function complaintChangeText(
  change: ComplaintChange,
  l: Locale,
  when: (date: Date) => string,
): { title: string; footer: string } {
  const at = when(change.at);
  const by = change.by ?? '';
  switch (change.kind) {
    case 'filed':
      return { title: t(l, 'complaintChange.filed'), footer: t(l, 'complaintChange.filedBy', { by, at }) };
    case 'assigned':
      return { title: t(l, 'complaintChange.assigned'), footer: t(l, 'complaintChange.filedBy', { by, at }) };
    case 'accepted':
      return {
        title: t(l, 'complaintChange.accepted'),
        footer: t(l, 'complaintChange.acceptedBy', { by, at }),
      };
    case 'resolved':
      return {
        title: t(l, 'complaintChange.resolved'),
        footer: t(l, 'complaintChange.resolvedBy', { by, at }),
      };
    case 'closed':
      return { title: t(l, 'complaintChange.closed'), footer: t(l, 'complaintChange.closedBy', { by, at }) };
    case 'reopened':
      return {
        title: t(l, 'complaintChange.reopened'),
        footer: t(l, 'complaintChange.reopenedBy', { by, at }),
      };
    case 'reassigned':
      return {
        title: t(l, 'complaintChange.reassigned', { to: change.to }),
        footer: t(l, 'complaintChange.reassignedBy', { by, at }),
      };
    case 'escalated': {
      const reason = t(l, reasons[change.reason]);
      return {
        title: t(l, 'complaintChange.escalated', { level: change.level }),
        footer: change.by
          ? t(l, 'complaintChange.escalatedBy', { by, at, reason })
          : t(l, 'complaintChange.escalatedAutomatically', { at, reason }),
      };
    }
  }
}
