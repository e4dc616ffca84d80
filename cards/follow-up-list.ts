import type { Locale } from '../src/domain/people.ts';
import type { FollowUpRange } from '../src/domain/vocabulary.ts';
import { customerWithWarning } from './bad-customer-warning.ts';
import type { Button, Card } from './card.ts';
import type { FollowUpItem } from './follow-up-item.ts';
import { formatWhen, pick } from './text.ts';

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

const rangeTitle: Record<FollowUpRange, [string, string]> = {
  today: ['今天的跟进', "Today's follow-ups"],
  week: ['本周跟进', "This week's follow-ups"],
  overdue: ['逾期跟进', 'Overdue follow-ups'],
  all: ['我的跟进', 'My follow-ups'],
};

/** A person's open follow-ups, each with Done and Move. */
export function followUpListCard(view: FollowUpListView): Card {
  const l = view.locale;
  const [zh, en] = rangeTitle[view.range];
  if (view.items.length === 0) {
    return {
      tone: 'success',
      title: pick(l, zh, en),
      sections: [{ text: pick(l, '没有待办的跟进 🎉', 'Nothing to follow up 🎉') }],
      buttons: [],
    };
  }
  const lines = view.items.map((item) => {
    const overdue = item.dueAt < view.now ? pick(l, ' ⚠️逾期', ' ⚠️overdue') : '';
    return `- **#${item.id}** ${formatWhen(item.dueAt, l, view.timeZone, item.hasTime)}${overdue} · ${customerWithWarning(l, item.customer, item.customerBad)} · ${item.title}`;
  });
  if (view.total > view.items.length) {
    lines.push(
      pick(l, `……还有 ${view.total - view.items.length} 条`, `…and ${view.total - view.items.length} more`),
    );
  }
  const buttons: Button[] = view.items.flatMap((item): Button[] => [
    {
      label: pick(l, `完成 #${item.id}`, `Done #${item.id}`),
      action: 'follow_up.done',
      payload: { followUpId: item.id },
    },
    ...(view.digest
      ? [
          {
            label: pick(l, `明天再提醒 #${item.id}`, `Snooze #${item.id}`),
            action: 'follow_up.snooze' as const,
            payload: { followUpId: item.id },
          },
        ]
      : []),
    {
      label: pick(l, `改期 #${item.id}`, `Move #${item.id}`),
      action: 'follow_up.move',
      payload: { followUpId: item.id },
      inputs: [{ id: 'date', label: pick(l, '新日期', 'New date'), kind: 'date', required: true }],
    },
  ]);
  const title = view.digest
    ? pick(l, `早安！今天要跟进 ${view.total} 件事`, `Good morning: ${view.total} follow-ups due`)
    : pick(l, zh, en);
  return { tone: 'info', title, sections: [{ text: lines.join('\n') }], buttons };
}
