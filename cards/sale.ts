import type { Locale } from '../src/domain/people.ts';
import { badCustomerWarning } from './bad-customer-warning.ts';
import type { Card } from './card.ts';
import { formatMoney } from './format-money.ts';
import { formatWhen, pick } from './text.ts';

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
    title: pick(l, `已记录成交：${view.customer}`, `Sale recorded: ${view.customer}`),
    sections: [
      ...(view.badCustomer ? [{ text: badCustomerWarning(l, view.badCustomer.reason) }] : []),
      {
        fields: [
          { label: pick(l, '金额', 'Amount'), value: formatMoney(view.amountCents, l) },
          {
            label: pick(l, '成交日期', 'Closed on'),
            value: formatWhen(view.occurredOn, l, view.timeZone, false),
          },
          { label: pick(l, '近12个月成交', 'Last 12 months'), value: formatMoney(view.trailingCents, l) },
          {
            label: pick(l, '等级', 'Grade'),
            value: changes
              ? pick(
                  l,
                  `${view.grade ?? '—'} → ${view.expectedGrade}（今晚更新）`,
                  `${view.grade ?? '—'} → ${view.expectedGrade} (updated tonight)`,
                )
              : view.expectedGrade,
          },
        ],
      },
    ],
    buttons: [],
  };
}
