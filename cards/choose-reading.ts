import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import type { Button, Card, Field, Section } from './card.ts';
import { formatWhen } from './text.ts';

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
  /** A language model's reading, offered first; the rules' readings follow it. */
  model?: ModelReadingView;
  /** The workspace zone, for the model's follow-up date. */
  timeZone: string;
}

export interface ModelReadingView {
  /** The model's name, e.g. qwen-plus. */
  name: string;
  intent: OfferedReading;
  customer: string | null;
  contact: { name: string; title: string | null } | null;
  followUp: { at: Date; hasTime: boolean } | null;
  summary: string | null;
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

// The model's reading in English, after "Model's reading: " (Chinese reuses the labels above).
const enPhrases: Record<OfferedReading, [alone: string, beforeCustomer: string]> = {
  log_visit: ['log a visit', 'log a visit for '],
  find_customer: ['look up a customer', 'look up '],
  file_complaint: ['file a complaint', 'file a complaint for '],
  list_followups: ['my follow-ups', 'my follow-ups'],
  add_customer: ['add a customer', 'add a customer'],
  record_sale: ['record a sale', 'record a sale for '],
  daily_report: ['daily report', 'daily report'],
};

/** Asked when the bot is unsure what a message wants: the likeliest readings, then "neither". */
export function chooseReadingCard(view: ChooseReadingView): Card {
  const zh = view.locale !== 'en';
  const { model } = view;
  const buttons: Button[] = model ? [modelButton(view, model)] : [];
  const rules = view.readings.filter((intent) => intent !== model?.intent).slice(0, 3);
  rules.forEach((intent, index) => {
    const label = labels[intent][zh ? 'zh' : 'en'];
    buttons.push({
      label: view.customer && label[1] !== label[0] ? `${label[1]}${view.customer}` : label[0],
      action: 'pending.choose_reading',
      payload: { pendingId: view.pendingId, reading: view.readings.indexOf(intent) },
      ...(index === 0 && !model ? { style: 'primary' as const } : {}),
    });
  });
  buttons.push({
    label: t(view.locale, 'chooseReading.neither'),
    action: 'pending.cancel',
    payload: { pendingId: view.pendingId },
  });
  return {
    tone: 'info',
    title: t(view.locale, 'chooseReading.didYouMean'),
    sections: [
      {
        text: t(view.locale, 'chooseReading.iAmNotSure'),
      },
      ...(model ? [modelSection(view, model)] : []),
    ],
    buttons,
  };
}

function modelButton(view: ChooseReadingView, model: ModelReadingView): Button {
  const [alone, beforeCustomer] = enPhrases[model.intent];
  const label =
    view.locale !== 'en'
      ? `模型理解：${labels[model.intent].zh[0]}${model.customer ? ` ${model.customer}` : ''}`
      : `Model's reading: ${model.customer ? `${beforeCustomer}${model.customer}` : alone}`;
  return {
    label,
    action: 'pending.choose_reading',
    payload: { pendingId: view.pendingId, reading: 'model' },
    style: 'primary',
  };
}

/** What the model read, field by field, so the person sees what pressing its button will save. */
function modelSection(view: ChooseReadingView, model: ModelReadingView): Section {
  const zh = view.locale !== 'en';
  const fields: Field[] = [
    { label: t(view.locale, 'chooseReading.action'), value: labels[model.intent][zh ? 'zh' : 'en'][0] },
  ];
  if (model.customer) fields.push({ label: t(view.locale, 'chooseReading.customer'), value: model.customer });
  if (model.contact) {
    const { name, title } = model.contact;
    fields.push({
      label: t(view.locale, 'chooseReading.contact'),
      value: title ? t(view.locale, 'chooseReading.nameTitle', { name, title }) : name,
    });
  }
  if (model.followUp) {
    const when = formatWhen(model.followUp.at, view.locale, view.timeZone, model.followUp.hasTime);
    fields.push({ label: t(view.locale, 'chooseReading.followUp'), value: when });
  }
  if (model.summary) {
    const summary = model.summary.length > 200 ? `${model.summary.slice(0, 199)}…` : model.summary;
    fields.push({ label: t(view.locale, 'chooseReading.summary'), value: summary });
  }
  return {
    text: t(view.locale, 'chooseReading.theLanguageModelsReading', { name: model.name }),
    fields,
  };
}
