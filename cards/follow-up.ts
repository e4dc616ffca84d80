import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import { customerWithWarning } from './bad-customer-warning.ts';
import type { Card } from './card.ts';
import type { FollowUpItem } from './follow-up-item.ts';
import { formatWhen } from './text.ts';

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
        ? t(l, 'followUp.followUpIdDone', { id: f.id })
        : t(l, 'followUp.followUpIdMoved', { id: f.id, due }),
    sections: [
      {
        fields: [
          { label: t(l, 'followUp.customer'), value: customerWithWarning(l, f.customer, f.customerBad) },
          { label: t(l, 'followUp.task'), value: f.title },
        ],
      },
    ],
    buttons: [],
    footer:
      view.state === 'done'
        ? t(l, 'followUp.doneByNameAt', { name: view.changedBy.name, at })
        : t(l, 'followUp.movedByNameAt', { name: view.changedBy.name, at }),
  };
}
