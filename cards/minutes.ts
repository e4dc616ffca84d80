import type { MinutesContent } from '../src/domain/minutes/minutes-content.ts';
import { formatActions } from '../src/domain/minutes/read-minutes-edit.ts';
import type { Locale } from '../src/domain/people.ts';
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
  const fields: Field[] = [{ label: pick(l, '参会人', 'Attendees'), value: c.attendees.join(', ') }];
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
              `- ${a.what}${a.owner || a.due ? `（${[a.owner, a.due].filter(Boolean).join(pick(l, '，', ', '))}）` : ''}`,
          )
          .join('\n'),
  );
  add('下一步', 'Next step', c.nextStep);
  const draft = view.status === 'draft';
  const footer: string[] = [
    draft
      ? pick(
          l,
          `草稿 v${view.version}，请在 ${formatWhen(view.dueAt, l, view.timeZone)} 前确认`,
          `Draft v${view.version}; confirm by ${formatWhen(view.dueAt, l, view.timeZone)}`,
        )
      : pick(l, `已确认 v${view.version}`, `Confirmed v${view.version}`),
  ];
  if (view.models.length > 0)
    footer.push(pick(l, `AI 草拟（${view.models.join(', ')}）`, `Drafted by AI (${view.models.join(', ')})`));
  if (view.confirmed)
    footer.push(
      pick(
        l,
        `${view.confirmed.by} 于 ${formatWhen(view.confirmed.at, l, view.timeZone)} 确认`,
        `Confirmed by ${view.confirmed.by} at ${formatWhen(view.confirmed.at, l, view.timeZone)}`,
      ),
    );
  if (view.lastEdit)
    footer.push(
      pick(
        l,
        `${view.lastEdit.by} 于 ${formatWhen(view.lastEdit.at, l, view.timeZone)} 修改`,
        `Edited by ${view.lastEdit.by} at ${formatWhen(view.lastEdit.at, l, view.timeZone)}`,
      ),
    );
  const payload = { minutesId: view.minutesId };
  return {
    key: minutesCardKey(view.minutesId),
    tone: draft ? (view.overdue ? 'warning' : 'info') : 'success',
    title: pick(l, `会议纪要：${view.customer}`, `Minutes: ${view.customer}`),
    sections: [{ text: c.topics }, { fields }],
    buttons: [
      ...(draft
        ? [
            {
              label: pick(l, '确认', 'Confirm'),
              action: 'minutes.confirm' as const,
              payload,
              style: 'primary' as const,
            },
          ]
        : []),
      { label: pick(l, '修改', 'Edit'), action: 'minutes.edit', payload, inputs: minutesInputs(l, c) },
    ],
    footer: footer.join(' · '),
  };
}

function minutesInputs(l: Locale, c: MinutesContent): Input[] {
  return [
    {
      id: 'attendees',
      label: pick(l, '参会人（逗号分隔）', 'Attendees (comma-separated)'),
      kind: 'text',
      value: c.attendees.join(', '),
      required: true,
    },
    { id: 'topics', label: pick(l, '议题', 'Topics'), kind: 'textarea', value: c.topics, required: true },
    { id: 'needs', label: pick(l, '客户需求', 'Customer needs'), kind: 'textarea', value: c.needs ?? '' },
    { id: 'issues', label: pick(l, '问题', 'Issues raised'), kind: 'textarea', value: c.issues ?? '' },
    {
      id: 'competitors',
      label: pick(l, '竞品情报', 'Competitor intelligence'),
      kind: 'textarea',
      value: c.competitors ?? '',
    },
    {
      id: 'reaction',
      label: pick(l, '客户反应', 'Customer reaction'),
      kind: 'text',
      value: c.reaction ?? '',
    },
    {
      id: 'actions',
      label: pick(
        l,
        '约定事项（每行：事项 | 负责人 | 日期）',
        'Agreed actions (one a line: what | owner | date)',
      ),
      kind: 'textarea',
      value: formatActions(c.actions),
    },
    { id: 'nextStep', label: pick(l, '下一步', 'Next step'), kind: 'text', value: c.nextStep ?? '' },
  ];
}
