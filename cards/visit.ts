import type { Locale } from '../src/domain/people.ts';
import type { VisitKind } from '../src/domain/vocabulary.ts';
import { type MessageId, t } from '../src/i18n/t.ts';
import { badCustomerWarning } from './bad-customer-warning.ts';
import type { Card, Field } from './card.ts';
import { formatDay, formatWhen } from './text.ts';

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

const kindLabel = {
  visit: 'visit.kind.visit',
  call: 'visit.kind.call',
  meeting: 'visit.kind.meeting',
} as const satisfies Record<VisitKind, MessageId>;

/** "Visit logged": what the bot understood, with Edit and Undo. */
export function visitCard(view: VisitView): Card {
  const l = view.locale;
  const named = { kind: t(l, kindLabel[view.kind]), customer: view.customer };
  const title = {
    logged: t(l, 'visit.title.logged', named),
    updated: t(l, 'visit.title.updated', named),
    undone: t(l, 'visit.title.undone', named),
  }[view.state];
  const fields: Field[] = [
    {
      label: t(l, 'visit.customer'),
      value: view.customer + (view.newCustomer ? t(l, 'visit.new') : ''),
    },
    { label: t(l, 'visit.when'), value: formatWhen(view.occurredAt, l, view.timeZone) },
  ];
  if (view.contacts.length > 0)
    fields.push({ label: t(l, 'visit.contacts'), value: view.contacts.join(', ') });
  if (view.needs) fields.push({ label: t(l, 'visit.needs'), value: view.needs });
  if (view.issues) fields.push({ label: t(l, 'visit.issues'), value: view.issues });
  if (view.competitor) fields.push({ label: t(l, 'visit.competitor'), value: view.competitor });
  if (view.nextStep) fields.push({ label: t(l, 'visit.nextStep'), value: view.nextStep });
  fields.push({
    label: t(l, 'visit.followUp'),
    value: view.followUp
      ? `#${view.followUp.id} ${formatWhen(view.followUp.dueAt, l, view.timeZone, view.followUp.hasTime)}`
      : t(l, 'visit.none'),
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
              label: t(l, 'visit.edit'),
              action: 'visit.edit',
              payload: { visitId: view.visitId },
              inputs: [
                {
                  id: 'summary',
                  label: t(l, 'visit.summary'),
                  kind: 'textarea',
                  value: view.summary,
                  required: true,
                },
                {
                  id: 'nextStep',
                  label: t(l, 'visit.nextStep'),
                  kind: 'text',
                  value: view.nextStep ?? '',
                },
                {
                  id: 'followUpDate',
                  label: t(l, 'visit.followUpDateEmpty'),
                  kind: 'date',
                  value: view.followUp ? formatDay(view.followUp.dueAt, view.timeZone) : '',
                },
              ],
            },
            {
              label: t(l, 'visit.undo'),
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
        ? t(l, 'visit.undoneByNameAt', { name: view.changedBy.name, at })
        : t(l, 'visit.editedByNameAt', { name: view.changedBy.name, at });
  }
  return card;
}
