import type { Locale } from '../src/domain/people.ts';
import type { ComplaintCategory, Severity } from '../src/domain/vocabulary.ts';
import type { Card } from './card.ts';
import { formatWhen, pick } from './text.ts';

export interface ComplaintView {
  locale: Locale;
  timeZone: string;
  complaint: {
    id: number;
    customer: string;
    category: ComplaintCategory;
    severity: Severity;
    description: string;
    owner: string | null;
    ackDueAt: Date;
    resolveDueAt: Date;
  };
}

const categoryLabel: Record<ComplaintCategory, [string, string]> = {
  quality: ['质量', 'Quality'],
  delivery: ['交付', 'Delivery'],
  service: ['服务', 'Service'],
  billing: ['账务', 'Billing'],
  other: ['其他', 'Other'],
};
const severityLabel: Record<Severity, [string, string]> = {
  urgent: ['特急', 'Urgent'],
  high: ['紧急', 'High'],
  normal: ['一般', 'Normal'],
  low: ['不急', 'Low'],
};

/** A complaint as filed: category, severity, owner and deadlines. */
export function complaintCard(view: ComplaintView): Card {
  const l = view.locale;
  const c = view.complaint;
  const [categoryZh, categoryEn] = categoryLabel[c.category];
  const [severityZh, severityEn] = severityLabel[c.severity];
  return {
    tone: c.severity === 'urgent' || c.severity === 'high' ? 'danger' : 'warning',
    title: pick(l, `客诉 #${c.id} 已登记：${c.customer}`, `Complaint #${c.id} filed: ${c.customer}`),
    sections: [
      { text: c.description },
      {
        fields: [
          { label: pick(l, '类别', 'Category'), value: pick(l, categoryZh, categoryEn) },
          { label: pick(l, '紧急程度', 'Severity'), value: pick(l, severityZh, severityEn) },
          { label: pick(l, '处理人', 'Owner'), value: c.owner ?? pick(l, '待分配', 'unassigned') },
          { label: pick(l, '响应期限', 'Acknowledge by'), value: formatWhen(c.ackDueAt, l, view.timeZone) },
          { label: pick(l, '解决期限', 'Resolve by'), value: formatWhen(c.resolveDueAt, l, view.timeZone) },
        ],
      },
    ],
    buttons: [],
  };
}
