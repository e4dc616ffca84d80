import type { Locale } from '../../domain/people.ts';
import { type MessageId, t } from '../../i18n/t.ts';
import { feishuI18n } from './feishu-locale.ts';

/** The callback response body: a toast, and the pressed card's new content when it changes. */
export interface CardCallbackResponse {
  toast?: {
    type: 'info' | 'success' | 'error' | 'warning';
    content: string;
    i18n: Record<string, string>;
  };
  card?: { type: 'raw'; data: Record<string, unknown> };
}

const words = {
  done: 'feishu.toast.done',
  updated: 'feishu.toast.updated',
  private: 'feishu.toast.private',
  working: 'feishu.toast.working',
  duplicate: 'feishu.toast.duplicate',
  notYours: 'feishu.toast.notYours',
  unknown: 'feishu.toast.unknown',
} as const satisfies Record<string, MessageId>;

export type ToastWord = keyof typeof words;

/** A toast in every language; Feishu shows the reader's client language, `content` is the fallback. */
export function feishuToast(
  type: 'info' | 'success' | 'error' | 'warning',
  word: ToastWord,
  locale: Locale = 'zh-Hans',
): CardCallbackResponse['toast'] {
  const id = words[word];
  return { type, content: t(locale, id), i18n: feishuI18n((l) => t(l, id)) };
}

/** A toast with the core's own words (a refusal), in the reader's language only. */
export function textToast(type: 'error' | 'warning', text: string): CardCallbackResponse['toast'] {
  return { type, content: text, i18n: feishuI18n(() => text) };
}
