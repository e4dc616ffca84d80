import type { BadMark } from '../src/domain/grading/bad-reason.ts';
import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import { badCustomerWarning } from './bad-customer-warning.ts';
import type { Card } from './card.ts';
import { formatMoney } from './format-money.ts';
import { formatDay } from './text.ts';

export interface ReceivableView {
  locale: Locale;
  timeZone: string;
  customer: string;
  /** 欠款 recorded (with its due day) or 回款 recorded (with the day paid). */
  kind: 'arrears' | 'payment';
  amountCents: number;
  day: Date;
  /** What the customer still owes after this, and how much of that is past due. */
  openCents: number;
  overdueCents: number;
  badCustomer?: BadMark | null;
  /** The payment lifted the arrears flag the nightly job had set. */
  flagLifted?: boolean;
}

/** 欠款已记录 / 回款已记录: the amount, the day, and what is still open. */
export function receivableCard(view: ReceivableView): Card {
  const l = view.locale;
  const arrears = view.kind === 'arrears';
  // With the year: arrears are often more than a year old, which is the whole point.
  const day = formatDay(view.day, view.timeZone);
  return {
    tone: arrears ? 'warning' : 'success',
    title: arrears
      ? t(l, 'receivable.arrearsRecordedCustomer', { customer: view.customer })
      : t(l, 'receivable.paymentRecordedCustomer', { customer: view.customer }),
    sections: [
      ...(view.badCustomer ? [{ text: badCustomerWarning(l, view.badCustomer.reason) }] : []),
      ...(view.flagLifted
        ? [
            {
              text: t(l, 'receivable.arrearsSettledTheBad'),
            },
          ]
        : []),
      {
        fields: [
          { label: t(l, 'receivable.amount'), value: formatMoney(view.amountCents, l) },
          arrears
            ? { label: t(l, 'receivable.due'), value: day }
            : { label: t(l, 'receivable.paidOn'), value: day },
          { label: t(l, 'receivable.stillOwed'), value: formatMoney(view.openCents, l) },
          { label: t(l, 'receivable.ofWhichOverdue'), value: formatMoney(view.overdueCents, l) },
        ],
      },
      ...(arrears
        ? [
            {
              text: t(l, 'receivable.arrearsUnpaidAYear'),
            },
          ]
        : []),
    ],
    buttons: [],
  };
}
