import type { Locale } from '../src/domain/people.ts';
import { customerWithWarning } from './bad-customer-warning.ts';
import type { Card } from './card.ts';
import { listLines } from './list-lines.ts';
import { pick } from './text.ts';

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
    title: pick(
      l,
      `${view.customers.length} 家客户已标记为不良客户`,
      `${view.customers.length} customers flagged as bad`,
    ),
    sections: [
      { text: lines.join('\n') },
      {
        text: pick(
          l,
          '一年内没有成交、没有拜访，或欠款到期一年仍未付清。它们不再出现在客户关怀提醒里。如有误，请主管发「取消不良 客户名」；欠款付清后标记自动取消。',
          'No sale and no visit for a year, or arrears unpaid a year past due. They are left out of care reminders. If this is wrong, a manager can send "unflag NAME"; an arrears flag lifts itself once paid.',
        ),
      },
    ],
    buttons: [],
  };
}
