import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import type { Card } from './card.ts';
import { formatWhen } from './text.ts';

/**
 * A message that reached the bot long after it was sent (a burst after a reconnect): nothing was done;
 * the sender confirms it still holds, and the button runs it as if it were sent now.
 */
export function lateMessageCard(view: {
  locale: Locale;
  text: string;
  /** The sender's platform id: only they may run it. */
  sentBy: string;
  sentAt: Date;
  timeZone: string;
}): Card {
  const l = view.locale;
  const quoted = view.text.length > 300 ? `${view.text.slice(0, 300)}…` : view.text;
  return {
    tone: 'warning',
    title: t(l, 'lateMessage.thisMessageArrivedLate'),
    sections: [
      { text: `> ${quoted.replace(/\n/g, '\n> ')}` },
      {
        text: t(l, 'lateMessage.sentSentatIfIt', { sentAt: formatWhen(view.sentAt, l, view.timeZone) }),
      },
    ],
    buttons: [
      {
        label: t(l, 'lateMessage.runItNow'),
        action: 'message.run_late',
        payload: { text: view.text, by: view.sentBy },
        style: 'primary',
      },
    ],
  };
}
