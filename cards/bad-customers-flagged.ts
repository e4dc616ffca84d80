import type { Locale } from '../src/domain/people.ts';
import type { Card } from './card.ts';
import { listLines } from './list-lines.ts';
import { pick } from './text.ts';

const shown = 20;

/** Tells an owner which of their customers were flagged bad overnight for a year without business. */
export function badCustomersFlaggedCard(view: { locale: Locale; customers: string[] }): Card {
  const l = view.locale;
  const lines = listLines(view.customers, shown, l, (name) => `- ${name}`);
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
          '一年内没有成交、没有拜访。它们不再出现在客户关怀提醒里。如有误，请主管发「取消不良 客户名」。',
          'No sale and no visit for a year. They are left out of care reminders. If this is wrong, a manager can send "unflag NAME".',
        ),
      },
    ],
    buttons: [],
  };
}
