import type { Locale } from '../src/domain/people.ts';
import type { Card } from './card.ts';
import { formatWhen, pick } from './text.ts';

export interface FollowUpReminderView {
  locale: Locale;
  timeZone: string;
  /** due: to the assignee at the due time; overdue: to their manager, once, when it is long overdue. */
  kind: 'due' | 'overdue';
  followUp: { id: number; customer: string; title: string; dueAt: Date; hasTime: boolean; assignee: string };
  daysOverdue?: number;
}

export function followUpReminderCard(view: FollowUpReminderView): Card {
  const l = view.locale;
  const f = view.followUp;
  const due = formatWhen(f.dueAt, l, view.timeZone, f.hasTime);
  const fields = [
    { label: pick(l, '客户', 'Customer'), value: f.customer },
    { label: pick(l, '事项', 'Task'), value: f.title },
    { label: pick(l, '到期', 'Due'), value: due },
  ];
  if (view.kind === 'overdue') {
    return {
      tone: 'danger',
      title: pick(
        l,
        `${f.assignee} 的跟进 #${f.id} 已逾期 ${view.daysOverdue} 天`,
        `${f.assignee}'s follow-up #${f.id} is ${view.daysOverdue} days overdue`,
      ),
      sections: [{ fields }],
      buttons: [],
    };
  }
  const id = { followUpId: f.id };
  return {
    tone: 'warning',
    title: pick(l, `该跟进了：${f.customer}`, `Time to follow up: ${f.customer}`),
    sections: [{ fields }],
    buttons: [
      { label: pick(l, '完成', 'Done'), action: 'follow_up.done', payload: id, style: 'primary' },
      { label: pick(l, '明天再提醒', 'Snooze'), action: 'follow_up.snooze', payload: id },
      {
        label: pick(l, '改期', 'Reschedule'),
        action: 'follow_up.move',
        payload: id,
        inputs: [{ id: 'date', label: pick(l, '新日期', 'New date'), kind: 'date', required: true }],
      },
    ],
  };
}
