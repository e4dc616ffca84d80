import type { Locale } from '../src/domain/people.ts';
import { customerWithWarning } from './bad-customer-warning.ts';
import type { Card } from './card.ts';
import type { FollowUpItem } from './follow-up-item.ts';
import { formatWhen, pick } from './text.ts';

export interface FollowUpView {
  locale: Locale;
  timeZone: string;
  state: 'done' | 'moved';
  followUp: FollowUpItem;
  changedBy: { name: string; at: Date };
}

/** A follow-up after Done or Move: the new state, who did it and when. */
export function followUpCard(view: FollowUpView): Card {
  const l = view.locale;
  const f = view.followUp;
  const due = formatWhen(f.dueAt, l, view.timeZone, f.hasTime);
  const at = formatWhen(view.changedBy.at, l, view.timeZone);
  return {
    tone: 'success',
    title:
      view.state === 'done'
        ? pick(l, `跟进 #${f.id} 已完成`, `Follow-up #${f.id} done`)
        : pick(l, `跟进 #${f.id} 改到 ${due}`, `Follow-up #${f.id} moved to ${due}`),
    sections: [
      {
        fields: [
          { label: pick(l, '客户', 'Customer'), value: customerWithWarning(l, f.customer, f.customerBad) },
          { label: pick(l, '事项', 'Task'), value: f.title },
        ],
      },
    ],
    buttons: [],
    footer:
      view.state === 'done'
        ? pick(l, `${view.changedBy.name} 于 ${at} 完成`, `Done by ${view.changedBy.name} at ${at}`)
        : pick(l, `${view.changedBy.name} 于 ${at} 改期`, `Moved by ${view.changedBy.name} at ${at}`),
  };
}
