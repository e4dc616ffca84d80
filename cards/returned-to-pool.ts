import type { Locale } from '../src/domain/people.ts';
import type { Card } from './card.ts';
import { listLines } from './list-lines.ts';
import { pick } from './text.ts';

export interface ReturnedToPoolView {
  locale: Locale;
  customers: { name: string; grade: string | null; idleDays: number; limitDays: number }[];
}

const shown = 15;

/** Tells the former owner which customers went back to the public pool overnight, and why. */
export function returnedToPoolCard(view: ReturnedToPoolView): Card {
  const l = view.locale;
  const lines = listLines(view.customers, shown, l, (c) =>
    pick(
      l,
      `- ${c.name}${c.grade ? ` [${c.grade}]` : ''}：${c.idleDays} 天无联系或跟进（上限 ${c.limitDays} 天）`,
      `- ${c.name}${c.grade ? ` [${c.grade}]` : ''}: ${c.idleDays} days without contact or follow-up (limit ${c.limitDays})`,
    ),
  );
  return {
    tone: 'warning',
    title: pick(
      l,
      `${view.customers.length} 家客户已退回公海`,
      `${view.customers.length} customers returned to the pool`,
    ),
    sections: [
      { text: lines.join('\n') },
      {
        text: pick(
          l,
          '它们的未完成跟进已取消。想继续跟进，可以发「领取 客户名」领回（受每日领取上限限制）。',
          'Their open follow-ups were cancelled. To keep one, send "claim NAME" (the daily claim limit applies).',
        ),
      },
    ],
    buttons: [],
  };
}
