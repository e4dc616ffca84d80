import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import type { Card } from './card.ts';
import { formatWhen } from './text.ts';

export interface FixDateView {
  locale: Locale;
  timeZone: string;
  pendingId: number;
  reason: 'unreadable' | 'past';
  /** The date as read, for 'past'. */
  date?: Date;
}

/** The follow-up date could not be read, or lies in the past: ask before saving. */
export function fixDateCard(view: FixDateView): Card {
  const when = view.date ? formatWhen(view.date, view.locale, view.timeZone) : '';
  const question =
    view.reason === 'past'
      ? t(view.locale, 'fixDate.theFollowUpDate', { when })
      : t(view.locale, 'fixDate.youMentionedAFollow');
  return {
    tone: 'warning',
    title: t(view.locale, 'fixDate.checkTheFollowUp'),
    sections: [{ text: question }],
    buttons: [
      {
        label: t(view.locale, 'fixDate.setDate'),
        action: 'pending.set_date',
        payload: { pendingId: view.pendingId },
        style: 'primary',
        inputs: [
          {
            id: 'date',
            label: t(view.locale, 'fixDate.followUpDateE'),
            kind: 'date',
            required: true,
          },
        ],
      },
      {
        label: t(view.locale, 'fixDate.saveWithoutAFollow'),
        action: 'pending.skip_follow_up',
        payload: { pendingId: view.pendingId },
      },
      {
        label: t(view.locale, 'fixDate.cancel'),
        action: 'pending.cancel',
        payload: { pendingId: view.pendingId },
      },
    ],
  };
}
