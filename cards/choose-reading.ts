import type { Locale } from '../src/domain/people.ts';
import type { Button, Card } from './card.ts';

/** The readings a clarifying question can offer: what a message naming a customer most often means. */
export const offeredReadings = [
  'log_visit',
  'find_customer',
  'file_complaint',
  'list_followups',
  'add_customer',
  'record_sale',
  'daily_report',
] as const;
export type OfferedReading = (typeof offeredReadings)[number];

export interface ChooseReadingView {
  locale: Locale;
  pendingId: number;
  /** The customer the message names, as written; null when it names none. */
  customer: string | null;
  /** The likeliest readings, best first (at most three are offered). */
  readings: OfferedReading[];
}

const labels: Record<OfferedReading, { zh: [string, string]; en: [string, string] }> = {
  log_visit: { zh: ['记录拜访', '记录拜访：'], en: ['Log a visit', 'Log a visit: '] },
  find_customer: { zh: ['查询客户', '查询：'], en: ['Look up a customer', 'Look up '] },
  file_complaint: { zh: ['登记客诉', '登记客诉：'], en: ['File a complaint', 'File a complaint: '] },
  list_followups: { zh: ['看我的跟进', '看我的跟进'], en: ['My follow-ups', 'My follow-ups'] },
  add_customer: { zh: ['新增客户', '新增客户：'], en: ['Add a customer', 'Add customer '] },
  record_sale: { zh: ['记录成交', '记录成交：'], en: ['Record a sale', 'Record a sale: '] },
  daily_report: { zh: ['生成日报', '生成日报'], en: ['Daily report', 'Daily report'] },
};

/** Asked when the bot is unsure what a message wants: the likeliest readings, then "neither". */
export function chooseReadingCard(view: ChooseReadingView): Card {
  const zh = view.locale === 'zh';
  const buttons: Button[] = view.readings.slice(0, 3).map((intent, index) => {
    const label = labels[intent][zh ? 'zh' : 'en'];
    return {
      label: view.customer && label[1] !== label[0] ? `${label[1]}${view.customer}` : label[0],
      action: 'pending.choose_reading',
      payload: { pendingId: view.pendingId, reading: index },
      ...(index === 0 ? { style: 'primary' as const } : {}),
    };
  });
  buttons.push({
    label: zh ? '都不是' : 'Neither',
    action: 'pending.cancel',
    payload: { pendingId: view.pendingId },
  });
  return {
    tone: 'info',
    title: zh ? '你是想……？' : 'Did you mean…?',
    sections: [
      {
        text: zh
          ? '我不太确定这条消息要做什么，选一个就好；选之前不会保存任何内容。'
          : 'I am not sure what this message should do. Pick one; nothing is saved until you do.',
      },
    ],
    buttons,
  };
}
