import type { MinutesContent } from '../src/domain/minutes/minutes-content.ts';
import { formatActions } from '../src/domain/minutes/read-minutes-edit.ts';
import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import type { Card, Field, Input } from './card.ts';
import { formatWhen, pick } from './text.ts';

export interface MinutesView {
  locale: Locale;
  timeZone: string;
  minutesId: number;
  customer: string;
  status: 'draft' | 'confirmed';
  version: number;
  content: MinutesContent;
  /** The models that wrote any field ("qwen-plus"), empty when rules and people wrote them. */
  models: string[];
  dueAt: Date;
  overdue: boolean;
  confirmed?: { by: string; at: Date };
  lastEdit?: { by: string; at: Date };
}

export function minutesCardKey(minutesId: number): string {
  return `minutes:${minutesId}`;
}

/** 会议纪要: the minutes of one visit, with Confirm and Edit (a form, one input per field). */
export function minutesCard(view: MinutesView): Card {
  const l = view.locale;
  const c = view.content;
  const fields: Field[] = [{ label: t(l, 'minutes.attendees'), value: c.attendees.join(', ') }];
  const add = (zh: string, en: string, value: string | null) => {
    if (value) fields.push({ label: pick(l, zh, en), value });
  };
  add('客户需求', 'Customer needs', c.needs);
  add('问题', 'Issues raised', c.issues);
  add('竞品情报', 'Competitor intelligence', c.competitors);
  add('客户反应', 'Customer reaction', c.reaction);
  add(
    '约定事项',
    'Agreed actions',
    c.actions.length === 0
      ? null
      : c.actions
          .map(
            (a) =>
              `- ${a.what}${a.owner || a.due ? `（${[a.owner, a.due].filter(Boolean).join(t(l, 'punctuation.comma'))}）` : ''}`,
          )
          .join('\n'),
  );
  add('下一步', 'Next step', c.nextStep);
  const draft = view.status === 'draft';
  const footer: string[] = [
    draft
      ? t(l, 'minutes.draftVVersionConfirm', {
          version: view.version,
          dueAt: formatWhen(view.dueAt, l, view.timeZone),
        })
      : t(l, 'minutes.confirmedVVersion', { version: view.version }),
  ];
  if (view.models.length > 0)
    footer.push(t(l, 'minutes.draftedByAiValue', { value: view.models.join(', ') }));
  if (view.confirmed)
    footer.push(
      t(l, 'minutes.confirmedByByAt', {
        by: view.confirmed.by,
        at: formatWhen(view.confirmed.at, l, view.timeZone),
      }),
    );
  if (view.lastEdit)
    footer.push(
      t(l, 'minutes.editedByByAt', {
        by: view.lastEdit.by,
        at: formatWhen(view.lastEdit.at, l, view.timeZone),
      }),
    );
  const payload = { minutesId: view.minutesId };
  return {
    key: minutesCardKey(view.minutesId),
    tone: draft ? (view.overdue ? 'warning' : 'info') : 'success',
    title: t(l, 'minutes.minutesCustomer', { customer: view.customer }),
    sections: [{ text: c.topics }, { fields }],
    buttons: [
      ...(draft
        ? [
            {
              label: t(l, 'minutes.confirm'),
              action: 'minutes.confirm' as const,
              payload,
              style: 'primary' as const,
            },
          ]
        : []),
      { label: t(l, 'minutes.edit'), action: 'minutes.edit', payload, inputs: minutesInputs(l, c) },
    ],
    footer: footer.join(' · '),
  };
}

function minutesInputs(l: Locale, c: MinutesContent): Input[] {
  return [
    {
      id: 'attendees',
      label: t(l, 'minutes.attendeesCommaSeparated'),
      kind: 'text',
      value: c.attendees.join(', '),
      required: true,
    },
    { id: 'topics', label: t(l, 'minutes.topics'), kind: 'textarea', value: c.topics, required: true },
    { id: 'needs', label: t(l, 'minutes.customerNeeds'), kind: 'textarea', value: c.needs ?? '' },
    { id: 'issues', label: t(l, 'minutes.issuesRaised'), kind: 'textarea', value: c.issues ?? '' },
    {
      id: 'competitors',
      label: t(l, 'minutes.competitorIntelligence'),
      kind: 'textarea',
      value: c.competitors ?? '',
    },
    {
      id: 'reaction',
      label: t(l, 'minutes.customerReaction'),
      kind: 'text',
      value: c.reaction ?? '',
    },
    {
      id: 'actions',
      label: t(l, 'minutes.agreedActionsOneA'),
      kind: 'textarea',
      value: formatActions(c.actions),
    },
    { id: 'nextStep', label: t(l, 'minutes.nextStep'), kind: 'text', value: c.nextStep ?? '' },
  ];
}
