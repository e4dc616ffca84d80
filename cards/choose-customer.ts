import type { BadMark } from '../src/domain/grading/bad-reason.ts';
import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import { badCustomerTag } from './bad-customer-warning.ts';
import type { Button, Card } from './card.ts';

export interface ChooseCustomerView {
  locale: Locale;
  pendingId: number;
  /** The name as the person wrote it; null when the message named no customer. */
  mention: string | null;
  reason: 'ambiguous' | 'uncertain' | 'unknown' | 'missing';
  /** `bad`: flagged as a bad customer (不良客户), warned about before anything is filed against it. */
  candidates: { id: number; name: string; owner: string | null; bad?: BadMark | null }[];
}

/** Asked before anything is written: which customer did you mean, or should we create it? */
export function chooseCustomerCard(view: ChooseCustomerView): Card {
  const mention = view.mention ?? '';
  const question = {
    ambiguous: t(view.locale, 'chooseCustomer.severalCustomersMatchMention', { mention }),
    uncertain: t(view.locale, 'chooseCustomer.noCustomerIsCalled', { mention }),
    unknown: t(view.locale, 'chooseCustomer.thereIsNoCustomer', { mention }),
    missing: t(view.locale, 'chooseCustomer.whichCustomerIsThis'),
  }[view.reason];
  const buttons: Button[] = view.candidates.map((candidate) => ({
    label: candidate.bad ? `⚠️ ${candidate.name}` : candidate.name,
    action: 'pending.choose_customer',
    payload: { pendingId: view.pendingId, customerId: candidate.id },
  }));
  if (view.mention && view.reason !== 'ambiguous') {
    buttons.push({
      label: t(view.locale, 'chooseCustomer.createMention', { mention }),
      action: 'pending.create_customer',
      payload: { pendingId: view.pendingId },
      style: 'primary',
    });
  }
  buttons.push({
    label: t(view.locale, 'chooseCustomer.cancel'),
    action: 'pending.cancel',
    payload: { pendingId: view.pendingId },
  });
  const owners = view.candidates
    .map(
      (candidate) =>
        `- ${candidate.name}${candidate.owner ? ` (${candidate.owner})` : ''}${candidate.bad ? ` ${badCustomerTag(view.locale, candidate.bad)}` : ''}`,
    )
    .join('\n');
  return {
    tone: 'warning',
    title: t(view.locale, 'chooseCustomer.whichCustomer'),
    sections: [
      { text: question },
      ...(owners ? [{ text: owners }] : []),
      {
        text: t(view.locale, 'chooseCustomer.nothingIsSavedUntil'),
      },
    ],
    buttons,
  };
}
