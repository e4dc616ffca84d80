import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import type { Card } from './card.ts';
import { listLines } from './list-lines.ts';

export interface ReturnedToPoolView {
  locale: Locale;
  customers: { name: string; grade: string | null; idleDays: number; limitDays: number }[];
}

const shown = 15;

/** Tells the former owner which customers went back to the public pool overnight, and why. */
export function returnedToPoolCard(view: ReturnedToPoolView): Card {
  const l = view.locale;
  const lines = listLines(view.customers, shown, l, (c) =>
    t(l, 'returnedToPool.nameValueIdledaysDays', {
      name: c.name,
      value: c.grade ? ` [${c.grade}]` : '',
      idleDays: c.idleDays,
      limitDays: c.limitDays,
    }),
  );
  return {
    tone: 'warning',
    title: t(l, 'returnedToPool.customerscountCustomersReturnedTo', {
      customersCount: view.customers.length,
    }),
    sections: [
      { text: lines.join('\n') },
      {
        text: t(l, 'returnedToPool.theirOpenFollowUps'),
      },
    ],
    buttons: [],
  };
}
