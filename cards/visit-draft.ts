import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import type { Card, Field } from './card.ts';
import { formatWhen } from './text.ts';

export interface VisitDraftView {
  locale: Locale;
  timeZone: string;
  /** The question the draft waits under: confirming runs it, cancelling drops it. */
  pendingId: number;
  /** What was read from the message; null where nothing was. */
  customer: string | null;
  contact: { name: string; title: string | null } | null;
  followUp: { at: Date; hasTime: boolean } | null;
  summary: string;
}

const summaryShown = 300;

/**
 * A message someone else wrote (an email pasted in a channel, a colleague's note), read as a visit and
 * shown to the person who picked it, before anything is saved.
 */
export function visitDraftCard(view: VisitDraftView): Card {
  const l = view.locale;
  const fields: Field[] = [
    {
      label: t(l, 'visitDraft.customer'),
      value: view.customer ?? t(l, 'visitDraft.notFoundAskedOn'),
    },
  ];
  if (view.contact) {
    const { name, title } = view.contact;
    const who = title ? t(l, 'visitDraft.nameTitle', { name, title }) : name;
    fields.push({ label: t(l, 'visitDraft.contact'), value: who });
  }
  fields.push({
    label: t(l, 'visitDraft.followUp'),
    value: view.followUp
      ? formatWhen(view.followUp.at, l, view.timeZone, view.followUp.hasTime)
      : t(l, 'visitDraft.noneMentioned'),
  });
  const summary =
    view.summary.length > summaryShown ? `${view.summary.slice(0, summaryShown - 1)}…` : view.summary;
  fields.push({ label: t(l, 'visitDraft.notes'), value: summary });
  return {
    tone: 'info',
    title: t(l, 'visitDraft.logThisAsA'),
    sections: [
      {
        text: t(l, 'visitDraft.thisIsWhatThe'),
      },
      { fields },
    ],
    buttons: [
      {
        label: t(l, 'visitDraft.logVisit'),
        action: 'pending.choose_reading',
        payload: { pendingId: view.pendingId, reading: 0 },
        style: 'primary',
      },
      { label: t(l, 'visitDraft.cancel'), action: 'pending.cancel', payload: { pendingId: view.pendingId } },
    ],
  };
}
