import type { Locale } from '../src/domain/people.ts';
import type { FollowUpRange } from '../src/domain/vocabulary.ts';
import { type MessageId, t } from '../src/i18n/t.ts';
import { customerWithWarning } from './bad-customer-warning.ts';
import type { Button, Card } from './card.ts';
import type { FollowUpItem } from './follow-up-item.ts';
import { formatWhen } from './text.ts';

export interface FollowUpListView {
  locale: Locale;
  timeZone: string;
  range: FollowUpRange;
  now: Date;
  items: FollowUpItem[];
  /** How many matched in all, when more than the card shows. */
  total: number;
  /** The morning digest: titled as such, with Snooze beside Done and Move. */
  digest?: boolean;
}

const rangeTitle = {
  today: 'followUpList.title.today',
  week: 'followUpList.title.week',
  overdue: 'followUpList.title.overdue',
  all: 'followUpList.title.all',
} as const satisfies Record<FollowUpRange, MessageId>;

/** A person's open follow-ups, each with Done and Move. */
export function followUpListCard(view: FollowUpListView): Card {
  const l = view.locale;
  if (view.items.length === 0) {
    return {
      tone: 'success',
      title: t(l, rangeTitle[view.range]),
      sections: [{ text: t(l, 'followUpList.nothingToFollowUp') }],
      buttons: [],
    };
  }
  const lines = view.items.map((item) => {
    const overdue = item.dueAt < view.now ? t(l, 'followUpList.overdue') : '';
    return `- **#${item.id}** ${formatWhen(item.dueAt, l, view.timeZone, item.hasTime)}${overdue} · ${customerWithWarning(l, item.customer, item.customerBad)} · ${item.title}`;
  });
  if (view.total > view.items.length) {
    lines.push(t(l, 'followUpList.andValueMore', { value: view.total - view.items.length }));
  }
  const buttons: Button[] = view.items.flatMap((item): Button[] => [
    {
      label: t(l, 'followUpList.doneId', { id: item.id }),
      action: 'follow_up.done',
      payload: { followUpId: item.id },
    },
    ...(view.digest
      ? [
          {
            label: t(l, 'followUpList.snoozeId', { id: item.id }),
            action: 'follow_up.snooze' as const,
            payload: { followUpId: item.id },
          },
        ]
      : []),
    {
      label: t(l, 'followUpList.moveId', { id: item.id }),
      action: 'follow_up.move',
      payload: { followUpId: item.id },
      inputs: [{ id: 'date', label: t(l, 'followUpList.newDate'), kind: 'date', required: true }],
    },
  ]);
  const title = view.digest
    ? t(l, 'followUpList.goodMorningTotalFollow', { total: view.total })
    : t(l, rangeTitle[view.range]);
  return { tone: 'info', title, sections: [{ text: lines.join('\n') }], buttons };
}
