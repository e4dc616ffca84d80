import type { Locale } from '../src/domain/people.ts';
import { customerWithWarning } from './bad-customer-warning.ts';
import type { Card } from './card.ts';
import type { FollowUpItem } from './follow-up-item.ts';
import { listLines } from './list-lines.ts';
import { formatWhen, pick } from './text.ts';

type ReminderFollowUp = FollowUpItem & { assignee: string };

export interface FollowUpReminderView {
  locale: Locale;
  timeZone: string;
  followUp: ReminderFollowUp;
}

export interface OverdueFollowUpsView {
  locale: Locale;
  timeZone: string;
  /** The team's follow-ups that just passed the escalation threshold, most overdue first. */
  items: { followUp: ReminderFollowUp; daysOverdue: number }[];
}

const listedAtMost = 20;

function reminderFields(l: Locale, timeZone: string, f: ReminderFollowUp) {
  return [
    { label: pick(l, '客户', 'Customer'), value: customerWithWarning(l, f.customer, f.customerBad) },
    { label: pick(l, '事项', 'Task'), value: f.title },
    { label: pick(l, '到期', 'Due'), value: formatWhen(f.dueAt, l, timeZone, f.hasTime) },
  ];
}

/** To a manager, once per follow-up: the team's follow-ups that are long overdue, in one card. */
export function overdueFollowUpsCard(view: OverdueFollowUpsView): Card {
  const l = view.locale;
  const [only] = view.items;
  if (view.items.length === 1 && only) {
    const f = only.followUp;
    return {
      tone: 'danger',
      title: pick(
        l,
        `${f.assignee} 的跟进 #${f.id} 已逾期 ${only.daysOverdue} 天`,
        `${f.assignee}'s follow-up #${f.id} is ${only.daysOverdue} days overdue`,
      ),
      sections: [{ fields: reminderFields(l, view.timeZone, f) }],
      buttons: [],
    };
  }
  const lines = listLines(
    view.items,
    listedAtMost,
    l,
    ({ followUp: f, daysOverdue }) =>
      pick(
        l,
        `- #${f.id} ${f.assignee} · ${customerWithWarning(l, f.customer, f.customerBad)} · ${f.title} · 逾期 ${daysOverdue} 天`,
        `- #${f.id} ${f.assignee} · ${customerWithWarning(l, f.customer, f.customerBad)} · ${f.title} · ${daysOverdue} days overdue`,
      ),
    '条',
  );
  return {
    tone: 'danger',
    title: pick(
      l,
      `团队有 ${view.items.length} 条跟进已逾期`,
      `${view.items.length} follow-ups in your team are long overdue`,
    ),
    sections: [{ text: lines.join('\n') }],
    buttons: [],
  };
}

/** To the assignee at the due time of a follow-up that has one, with Done / Snooze / Reschedule. */
export function followUpReminderCard(view: FollowUpReminderView): Card {
  const l = view.locale;
  const f = view.followUp;
  const fields = reminderFields(l, view.timeZone, f);
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
