import type { Locale } from '../src/domain/people.ts';
import type { Card } from './card.ts';
import { formatWhen, pick } from './text.ts';

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
    title: pick(l, '这条消息到得太晚，还没有处理', 'This message arrived late and was not acted on'),
    sections: [
      { text: `> ${quoted.replace(/\n/g, '\n> ')}` },
      {
        text: pick(
          l,
          `发送于 ${formatWhen(view.sentAt, l, view.timeZone)}。如果它仍然有效，点"现在执行"。`,
          `Sent ${formatWhen(view.sentAt, l, view.timeZone)}. If it still holds, press "Run it now".`,
        ),
      },
    ],
    buttons: [
      {
        label: pick(l, '现在执行', 'Run it now'),
        action: 'message.run_late',
        payload: { text: view.text, by: view.sentBy },
        style: 'primary',
      },
    ],
  };
}
