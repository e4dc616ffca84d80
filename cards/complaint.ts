import type { Satisfaction } from '../src/domain/complaints/satisfaction.ts';
import type { Locale } from '../src/domain/people.ts';
import type { ComplaintCategory, Severity } from '../src/domain/vocabulary.ts';
import { t } from '../src/i18n/t.ts';
import { badCustomerWarning } from './bad-customer-warning.ts';
import type { Card, Field } from './card.ts';
import { complaintButtons } from './complaint-buttons.ts';
import { complaintChangeText } from './complaint-change.ts';
import { categoryLabel, satisfactionLabel, severityLabel, statusLabel } from './complaint-labels.ts';
import { formatWhen } from './text.ts';

export type EscalationReason = 'acknowledge_missed' | 'resolve_missed' | 'manual';

/** What just happened to the complaint: the card's title and its footer (who, when). */
export type ComplaintChange =
  | { kind: 'filed' | 'assigned' | 'accepted' | 'resolved' | 'closed' | 'reopened'; by: string; at: Date }
  | { kind: 'reassigned'; by: string; at: Date; to: string }
  | {
      kind: 'escalated';
      /** Null when the deadline check escalated it. */
      by: string | null;
      at: Date;
      level: number;
      reason: EscalationReason;
    };

export interface ComplaintView {
  locale: Locale;
  timeZone: string;
  complaint: {
    id: number;
    customer: string;
    category: ComplaintCategory;
    severity: Severity;
    status: string;
    description: string;
    owner: string | null;
    reporter: string;
    ackDueAt: Date;
    resolveDueAt: Date;
    acknowledgedAt: Date | null;
    escalationLevel: number;
    resolution: string | null;
    satisfaction: Satisfaction | null;
    satisfactionComment: string | null;
    /** Set when the customer is flagged bad: the card carries the warning. */
    badCustomer?: { reason: string | null };
  };
  change: ComplaintChange;
}

/** A complaint in its current state, with the buttons that state allows and who last changed it. */
export function complaintCard(view: ComplaintView): Card {
  const l = view.locale;
  const c = view.complaint;
  const when = (date: Date) => formatWhen(date, l, view.timeZone);
  const { title, footer } = complaintChangeText(view.change, l, when);
  const open = c.status === 'open' || c.status === 'acknowledged';
  const fields: Field[] = [
    { label: t(l, 'complaint.category'), value: categoryLabel(c.category, l) },
    { label: t(l, 'complaint.severity'), value: severityLabel(c.severity, l) },
    { label: t(l, 'complaint.status'), value: statusLabel(c.status, l) },
    { label: t(l, 'complaint.owner'), value: c.owner ?? t(l, 'complaint.unassigned') },
    { label: t(l, 'complaint.reportedBy'), value: c.reporter },
  ];
  if (c.status === 'open' && !c.acknowledgedAt)
    fields.push({ label: t(l, 'complaint.acknowledgeBy'), value: when(c.ackDueAt) });
  if (open) fields.push({ label: t(l, 'complaint.resolveBy'), value: when(c.resolveDueAt) });
  if (open && c.escalationLevel > 0)
    fields.push({
      label: t(l, 'complaint.escalated'),
      value: t(l, 'complaint.levelEscalationlevel', { escalationLevel: c.escalationLevel }),
    });
  if (c.resolution) fields.push({ label: t(l, 'complaint.resolution'), value: c.resolution });
  if (c.satisfaction) {
    const comment = c.satisfactionComment ? `（${c.satisfactionComment}）` : '';
    fields.push({
      label: t(l, 'complaint.customerSatisfaction'),
      value: `${satisfactionLabel(c.satisfaction, l)}${comment}`,
    });
  }
  const urgent = c.severity === 'urgent' || c.severity === 'high';
  return {
    tone:
      c.status === 'closed' ? 'success' : c.status === 'resolved' ? 'info' : urgent ? 'danger' : 'warning',
    title: t(l, 'complaint.title', { id: c.id, change: title, customer: c.customer }),
    sections: [
      ...(c.badCustomer ? [{ text: badCustomerWarning(l, c.badCustomer.reason) }] : []),
      { text: c.description },
      { fields },
      ...(c.status === 'resolved'
        ? [
            {
              text: t(l, 'complaint.reporterAskTheCustomer', { reporter: c.reporter }),
            },
          ]
        : []),
    ],
    buttons: complaintButtons(l, c),
    footer,
  };
}
