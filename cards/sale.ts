import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import { badCustomerWarning } from './bad-customer-warning.ts';
import type { Card } from './card.ts';
import { formatMoney } from './format-money.ts';
import { formatWhen } from './text.ts';

export interface SaleView {
  locale: Locale;
  timeZone: string;
  customer: string;
  amountCents: number;
  occurredOn: Date;
  trailingCents: number;
  grade: string | null;
  /** The grade the trailing 12 months earn at the current thresholds; it takes effect tonight. */
  expectedGrade: string;
  /** Set when the customer is flagged bad: the card carries the warning. */
  badCustomer?: { reason: string | null };
}

/** 成交已记录: the amount, the day, the trailing 12 months and what that means for the grade. */
export function saleCard(view: SaleView): Card {
  const l = view.locale;
  const changes = view.grade !== view.expectedGrade;
  return {
    tone: 'success',
    title: t(l, 'sale.saleRecordedCustomer', { customer: view.customer }),
    sections: [
      ...(view.badCustomer ? [{ text: badCustomerWarning(l, view.badCustomer.reason) }] : []),
      {
        fields: [
          { label: t(l, 'sale.amount'), value: formatMoney(view.amountCents, l) },
          {
            label: t(l, 'sale.closedOn'),
            value: formatWhen(view.occurredOn, l, view.timeZone, false),
          },
          { label: t(l, 'sale.lastMonths'), value: formatMoney(view.trailingCents, l) },
          {
            label: t(l, 'sale.grade'),
            value: changes
              ? t(l, 'sale.valueExpectedgradeUpdatedTonight', {
                  value: view.grade ?? '—',
                  expectedGrade: view.expectedGrade,
                })
              : view.expectedGrade,
          },
        ],
      },
    ],
    buttons: [],
  };
}
