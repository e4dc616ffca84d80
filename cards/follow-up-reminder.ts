import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import { customerWithWarning } from './bad-customer-warning.ts';
import type { Card } from './card.ts';
import type { FollowUpItem } from './follow-up-item.ts';
import { listLines } from './list-lines.ts';
import { formatWhen } from './text.ts';

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
    { label: t(l, 'followUpReminder.customer'), value: customerWithWarning(l, f.customer, f.customerBad) },
    { label: t(l, 'followUpReminder.task'), value: f.title },
    { label: t(l, 'followUpReminder.due'), value: formatWhen(f.dueAt, l, timeZone, f.hasTime) },
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
      title: t(l, 'followUpReminder.assigneeSFollowUp', {
        assignee: f.assignee,
        id: f.id,
        daysOverdue: only.daysOverdue,
      }),
      sections: [{ fields: reminderFields(l, view.timeZone, f) }],
      buttons: [],
    };
  }
  const lines = listLines(
    view.items,
    listedAtMost,
    l,
    ({ followUp: f, daysOverdue }) =>
      t(l, 'followUpReminder.idAssigneeLTitle', {
        id: f.id,
        assignee: f.assignee,
        l: customerWithWarning(l, f.customer, f.customerBad),
        title: f.title,
        daysOverdue,
      }),
    '条',
  );
  return {
    tone: 'danger',
    title: t(l, 'followUpReminder.itemscountFollowUpsIn', { itemsCount: view.items.length }),
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
    title: t(l, 'followUpReminder.timeToFollowUp', { customer: f.customer }),
    sections: [{ fields }],
    buttons: [
      { label: t(l, 'followUpReminder.done'), action: 'follow_up.done', payload: id, style: 'primary' },
      { label: t(l, 'followUpReminder.snooze'), action: 'follow_up.snooze', payload: id },
      {
        label: t(l, 'followUpReminder.reschedule'),
        action: 'follow_up.move',
        payload: id,
        inputs: [{ id: 'date', label: t(l, 'followUpReminder.newDate'), kind: 'date', required: true }],
      },
    ],
  };
}
