import type { Locale } from '../src/domain/people.ts';
import type { VisitKind } from '../src/domain/vocabulary.ts';
import { badCustomerWarning } from './bad-customer-warning.ts';
import type { Card, Field } from './card.ts';
import { formatDay, formatWhen, pick } from './text.ts';

export interface VisitView {
  locale: Locale;
  timeZone: string;
  state: 'logged' | 'updated' | 'undone';
  visitId: number;
  customer: string;
  kind: VisitKind;
  occurredAt: Date;
  contacts: string[];
  summary: string;
  needs: string | null;
  issues: string | null;
  competitor: string | null;
  nextStep: string | null;
  followUp: { id: number; dueAt: Date; hasTime: boolean } | null;
  /** Who changed it last and when, for 'updated' and 'undone'. */
  changedBy?: { name: string; at: Date };
  newCustomer?: boolean;
  /** The customer is flagged bad (不良客户): its stored reason, shown as a warning. */
  badCustomer?: { reason: string | null };
}

const kindLabel: Record<VisitKind, [string, string]> = {
  visit: ['拜访', 'Visit'],
  call: ['电话', 'Call'],
  meeting: ['会议', 'Meeting'],
};

/** "Visit logged": what the bot understood, with Edit and Undo. */
export function visitCard(view: VisitView): Card {
  const l = view.locale;
  const [kindZh, kindEn] = kindLabel[view.kind];
  const title = {
    logged: pick(l, `已记录${kindZh}：${view.customer}`, `${kindEn} logged: ${view.customer}`),
    updated: pick(l, `已更新${kindZh}：${view.customer}`, `${kindEn} updated: ${view.customer}`),
    undone: pick(l, `已撤销${kindZh}：${view.customer}`, `${kindEn} undone: ${view.customer}`),
  }[view.state];
  const fields: Field[] = [
    {
      label: pick(l, '客户', 'Customer'),
      value: view.customer + (view.newCustomer ? pick(l, '（新建）', ' (new)') : ''),
    },
    { label: pick(l, '时间', 'When'), value: formatWhen(view.occurredAt, l, view.timeZone) },
  ];
  if (view.contacts.length > 0)
    fields.push({ label: pick(l, '联系人', 'Contacts'), value: view.contacts.join(', ') });
  if (view.needs) fields.push({ label: pick(l, '客户需求', 'Needs'), value: view.needs });
  if (view.issues) fields.push({ label: pick(l, '问题', 'Issues'), value: view.issues });
  if (view.competitor) fields.push({ label: pick(l, '竞品', 'Competitor'), value: view.competitor });
  if (view.nextStep) fields.push({ label: pick(l, '下一步', 'Next step'), value: view.nextStep });
  fields.push({
    label: pick(l, '跟进', 'Follow-up'),
    value: view.followUp
      ? `#${view.followUp.id} ${formatWhen(view.followUp.dueAt, l, view.timeZone, view.followUp.hasTime)}`
      : pick(l, '无', 'none'),
  });
  const card: Card = {
    tone: view.state === 'undone' ? 'warning' : 'success',
    title,
    sections: [
      ...(view.badCustomer ? [{ text: badCustomerWarning(l, view.badCustomer.reason) }] : []),
      { text: view.summary },
      { fields },
    ],
    buttons:
      view.state === 'undone'
        ? []
        : [
            {
              label: pick(l, '修改', 'Edit'),
              action: 'visit.edit',
              payload: { visitId: view.visitId },
              inputs: [
                {
                  id: 'summary',
                  label: pick(l, '纪要', 'Summary'),
                  kind: 'textarea',
                  value: view.summary,
                  required: true,
                },
                {
                  id: 'nextStep',
                  label: pick(l, '下一步', 'Next step'),
                  kind: 'text',
                  value: view.nextStep ?? '',
                },
                {
                  id: 'followUpDate',
                  label: pick(l, '跟进日期（留空 = 不跟进）', 'Follow-up date (empty = none)'),
                  kind: 'date',
                  value: view.followUp ? formatDay(view.followUp.dueAt, view.timeZone) : '',
                },
              ],
            },
            {
              label: pick(l, '撤销', 'Undo'),
              action: 'visit.undo',
              payload: { visitId: view.visitId },
              style: 'danger',
            },
          ],
  };
  if (view.changedBy) {
    const at = formatWhen(view.changedBy.at, l, view.timeZone);
    card.footer =
      view.state === 'undone'
        ? pick(l, `${view.changedBy.name} 于 ${at} 撤销`, `Undone by ${view.changedBy.name} at ${at}`)
        : pick(l, `${view.changedBy.name} 于 ${at} 修改`, `Edited by ${view.changedBy.name} at ${at}`);
  }
  return card;
}
