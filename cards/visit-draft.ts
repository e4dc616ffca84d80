import type { Locale } from '../src/domain/people.ts';
import type { Card, Field } from './card.ts';
import { formatWhen, pick } from './text.ts';

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
      label: pick(l, '客户', 'Customer'),
      value: view.customer ?? pick(l, '（未识别，保存时会问）', '(not found; asked on saving)'),
    },
  ];
  if (view.contact) {
    const { name, title } = view.contact;
    const who = title ? pick(l, `${name}（${title}）`, `${name} (${title})`) : name;
    fields.push({ label: pick(l, '联系人', 'Contact'), value: who });
  }
  fields.push({
    label: pick(l, '下次跟进', 'Follow up'),
    value: view.followUp
      ? formatWhen(view.followUp.at, l, view.timeZone, view.followUp.hasTime)
      : pick(l, '（未提到）', '(none mentioned)'),
  });
  const summary =
    view.summary.length > summaryShown ? `${view.summary.slice(0, summaryShown - 1)}…` : view.summary;
  fields.push({ label: pick(l, '内容', 'Notes'), value: summary });
  return {
    tone: 'info',
    title: pick(l, '记为拜访？', 'Log this as a visit?'),
    sections: [
      {
        text: pick(
          l,
          '从这条消息读到的内容如下；确认之前不会保存任何内容。',
          'This is what the message says; nothing is saved until you confirm.',
        ),
      },
      { fields },
    ],
    buttons: [
      {
        label: pick(l, '记为拜访', 'Log visit'),
        action: 'pending.choose_reading',
        payload: { pendingId: view.pendingId, reading: 0 },
        style: 'primary',
      },
      { label: pick(l, '取消', 'Cancel'), action: 'pending.cancel', payload: { pendingId: view.pendingId } },
    ],
  };
}
