import type { BadMark } from '../src/domain/grading/bad-reason.ts';
import type { Locale } from '../src/domain/people.ts';
import { badCustomerWarning } from './bad-customer-warning.ts';
import type { Card } from './card.ts';
import { formatMoney } from './format-money.ts';
import { formatDay, pick } from './text.ts';

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
      ? pick(l, `已记录欠款：${view.customer}`, `Arrears recorded: ${view.customer}`)
      : pick(l, `已记录回款：${view.customer}`, `Payment recorded: ${view.customer}`),
    sections: [
      ...(view.badCustomer ? [{ text: badCustomerWarning(l, view.badCustomer.reason) }] : []),
      ...(view.flagLifted
        ? [
            {
              text: pick(
                l,
                '✅ 欠款已结清，不良客户标记已取消。',
                '✅ Arrears settled: the bad-customer flag is lifted.',
              ),
            },
          ]
        : []),
      {
        fields: [
          { label: pick(l, '金额', 'Amount'), value: formatMoney(view.amountCents, l) },
          arrears
            ? { label: pick(l, '到期日', 'Due'), value: day }
            : { label: pick(l, '回款日期', 'Paid on'), value: day },
          { label: pick(l, '未结欠款', 'Still owed'), value: formatMoney(view.openCents, l) },
          { label: pick(l, '其中已逾期', 'Of which overdue'), value: formatMoney(view.overdueCents, l) },
        ],
      },
      ...(arrears
        ? [
            {
              text: pick(
                l,
                '到期一年仍未付清的欠款，客户会在夜间被标记为不良客户；回款发「客户 回款 金额」。',
                'Arrears unpaid a year past due flag the customer bad overnight; record a payment with "NAME paid AMOUNT".',
              ),
            },
          ]
        : []),
    ],
    buttons: [],
  };
}
