import type { Satisfaction } from '../src/domain/complaints/satisfaction.ts';
import type { Locale } from '../src/domain/people.ts';
import type { ComplaintCategory, Severity } from '../src/domain/vocabulary.ts';
import { badCustomerWarning } from './bad-customer-warning.ts';
import type { Card, Field } from './card.ts';
import { complaintButtons } from './complaint-buttons.ts';
import { complaintChangeText } from './complaint-change.ts';
import { categoryLabel, satisfactionLabel, severityLabel, statusLabel } from './complaint-labels.ts';
import { formatWhen, pick } from './text.ts';

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
    { label: pick(l, '类别', 'Category'), value: categoryLabel(c.category, l) },
    { label: pick(l, '紧急程度', 'Severity'), value: severityLabel(c.severity, l) },
    { label: pick(l, '状态', 'Status'), value: statusLabel(c.status, l) },
    { label: pick(l, '处理人', 'Owner'), value: c.owner ?? pick(l, '待分配', 'unassigned') },
    { label: pick(l, '提交人', 'Reported by'), value: c.reporter },
  ];
  if (c.status === 'open' && !c.acknowledgedAt)
    fields.push({ label: pick(l, '响应期限', 'Acknowledge by'), value: when(c.ackDueAt) });
  if (open) fields.push({ label: pick(l, '解决期限', 'Resolve by'), value: when(c.resolveDueAt) });
  if (open && c.escalationLevel > 0)
    fields.push({
      label: pick(l, '已升级', 'Escalated'),
      value: pick(l, `${c.escalationLevel} 级`, `level ${c.escalationLevel}`),
    });
  if (c.resolution) fields.push({ label: pick(l, '处理结果', 'Resolution'), value: c.resolution });
  if (c.satisfaction) {
    const comment = c.satisfactionComment ? `（${c.satisfactionComment}）` : '';
    fields.push({
      label: pick(l, '客户满意度', 'Customer satisfaction'),
      value: `${satisfactionLabel(c.satisfaction, l)}${comment}`,
    });
  }
  const urgent = c.severity === 'urgent' || c.severity === 'high';
  return {
    tone:
      c.status === 'closed' ? 'success' : c.status === 'resolved' ? 'info' : urgent ? 'danger' : 'warning',
    title: pick(
      l,
      `客诉 #${c.id} ${title.zh}：${c.customer}`,
      `Complaint #${c.id} ${title.en}: ${c.customer}`,
    ),
    sections: [
      ...(c.badCustomer ? [{ text: badCustomerWarning(l, c.badCustomer.reason) }] : []),
      { text: c.description },
      { fields },
      ...(c.status === 'resolved'
        ? [
            {
              text: pick(
                l,
                `请${c.reporter}回访客户，选择客户的满意度。`,
                `${c.reporter}: ask the customer and record how satisfied they are.`,
              ),
            },
          ]
        : []),
    ],
    buttons: complaintButtons(l, c),
    footer,
  };
}
