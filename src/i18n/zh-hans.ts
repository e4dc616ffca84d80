import type { ParamsOf } from './catalogue.ts';

/**
 * Every user-visible text in simplified Chinese, by message id: the source of truth for the ids and
 * their parameters. zh-hant.ts is generated from this file (scripts/make-zh-hant.ts); en.ts is written
 * by hand. Ids are dotted: the card or use case first, then what the text says.
 */
export const zhHans = {
  'error.unexpected.title': '抱歉，处理这条消息时出错了',
  'error.unexpected.text': '没有保存任何内容。请稍后再试；如果一直出错，请把编号 {ref} 告诉管理员。',
} as const;

export type MessageId = keyof typeof zhHans;
export type MessageParams<K extends MessageId> = ParamsOf<(typeof zhHans)[K]>;
