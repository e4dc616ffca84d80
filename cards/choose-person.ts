import type { Locale } from '../src/domain/people.ts';
import type { Button, Card } from './card.ts';
import { pick } from './text.ts';

export interface ChoosePersonView {
  locale: Locale;
  pendingId: number;
  /** The name as written in the command. */
  mention: string;
  /** Colleagues with that name, each labelled so they can be told apart ("张伟 (华东组)"). */
  candidates: { id: number; label: string }[];
}

/** Asked before anything is written when a command names a colleague several people are called. */
export function choosePersonCard(view: ChoosePersonView): Card {
  const l = view.locale;
  const buttons: Button[] = view.candidates.map((candidate) => ({
    label: candidate.label,
    action: 'pending.choose_person',
    payload: { pendingId: view.pendingId, personId: candidate.id },
  }));
  buttons.push({
    label: pick(l, '取消', 'Cancel'),
    action: 'pending.cancel',
    payload: { pendingId: view.pendingId },
  });
  return {
    tone: 'warning',
    title: pick(l, '请确认是哪位同事', 'Which colleague?'),
    sections: [
      {
        text: pick(
          l,
          `有 ${view.candidates.length} 位同事叫「${view.mention}」，是哪一位？`,
          `${view.candidates.length} colleagues are called "${view.mention}". Which one?`,
        ),
      },
      {
        text: pick(
          l,
          `确认之前不会保存任何内容。也可以重发消息，写明其中一个，例如「${view.candidates[0]?.label ?? view.mention}」。`,
          `Nothing is saved until you answer. You can also resend the message naming one, e.g. "${view.candidates[0]?.label ?? view.mention}".`,
        ),
      },
    ],
    buttons,
  };
}
