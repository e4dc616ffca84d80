import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import { customerWithWarning } from './bad-customer-warning.ts';
import type { Card } from './card.ts';
import { listLines } from './list-lines.ts';

const shown = 20;

/** A customer the nightly job flagged, with the stored reason (no_business, arrears). */
export interface BadCustomerFlagged {
  name: string;
  reason: string;
}

/** Tells an owner which of their customers were flagged bad overnight, each with its reason. */
export function badCustomersFlaggedCard(view: { locale: Locale; customers: BadCustomerFlagged[] }): Card {
  const l = view.locale;
  const lines = listLines(
    view.customers,
    shown,
    l,
    (customer) => `- ${customerWithWarning(l, customer.name, { reason: customer.reason })}`,
  );
  return {
    tone: 'warning',
    title: t(l, 'badCustomersFlagged.customerscountCustomersFlaggedAs', {
      customersCount: view.customers.length,
    }),
    sections: [
      { text: lines.join('\n') },
      {
        text: t(l, 'badCustomersFlagged.noSaleAndNo'),
      },
    ],
    buttons: [],
  };
}
