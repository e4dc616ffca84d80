import type { Locale } from '../../domain/people.ts';
/** The callback response body: a toast, and the pressed card's new content when it changes. */
export interface CardCallbackResponse {
  toast?: {
    type: 'info' | 'success' | 'error' | 'warning';
    content: string;
    i18n: { zh_cn: string; en_us: string };
  };
  card?: { type: 'raw'; data: Record<string, unknown> };
}

const words = {
  done: { zh_cn: '已完成', en_us: 'Done' },
  updated: { zh_cn: '已更新', en_us: 'Updated' },
  private: { zh_cn: '详情已私信发给你', en_us: 'Sent to you in a direct message' },
  working: { zh_cn: '正在处理，稍后更新卡片', en_us: 'Working on it: the card updates shortly' },
  duplicate: { zh_cn: '这个操作已经处理过了', en_us: 'That was handled already' },
  notYours: { zh_cn: '只有发送这条消息的人可以确认', en_us: 'Only the person who sent it can confirm it' },
  unknown: { zh_cn: '不认识这个按钮', en_us: 'Unknown button' },
} as const;

export type ToastWord = keyof typeof words;

/** A toast in both languages; Feishu shows the reader's client language, `content` is the fallback. */
export function feishuToast(
  type: 'info' | 'success' | 'error' | 'warning',
  word: ToastWord,
  locale: Locale = 'zh-Hans',
): CardCallbackResponse['toast'] {
  const text = words[word];
  return { type, content: locale === 'en' ? text.en_us : text.zh_cn, i18n: { ...text } };
}

/** A toast with the core's own words (a refusal), in the reader's language only. */
export function textToast(type: 'error' | 'warning', text: string): CardCallbackResponse['toast'] {
  return { type, content: text, i18n: { zh_cn: text, en_us: text } };
}
