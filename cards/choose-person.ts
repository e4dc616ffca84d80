import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import type { Button, Card } from './card.ts';

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
    label: t(l, 'choosePerson.cancel'),
    action: 'pending.cancel',
    payload: { pendingId: view.pendingId },
  });
  return {
    tone: 'warning',
    title: t(l, 'choosePerson.whichColleague'),
    sections: [
      {
        text: t(l, 'choosePerson.candidatescountColleaguesAreCalled', {
          candidatesCount: view.candidates.length,
          mention: view.mention,
        }),
      },
      {
        text: t(l, 'choosePerson.nothingIsSavedUntil', { value: view.candidates[0]?.label ?? view.mention }),
      },
    ],
    buttons,
  };
}
