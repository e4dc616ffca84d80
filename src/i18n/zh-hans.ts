import type { ParamsOf } from './catalogue.ts';

/**
 * Every user-visible text in simplified Chinese, by message id: the source of truth for the ids and
 * their parameters. zh-hant.ts is generated from this file (scripts/make-zh-hant.ts); en.ts is written
 * by hand. Ids are dotted: the card or use case first, then what the text says.
 */
export const zhHans = {
  'error.unexpected.title': '抱歉，处理这条消息时出错了',
  'error.unexpected.text': '没有保存任何内容。请稍后再试；如果一直出错，请把编号 {ref} 告诉管理员。',
  'feishu.card.truncated': '…（内容过长，已截断）',
  'feishu.menu.unknown.title': '这个菜单项还没有对应的功能',
  'feishu.menu.unknown.text': '请告诉管理员检查机器人菜单的设置。想知道我能做什么，发「帮助」。',
  'feishu.toast.done': '已完成',
  'feishu.toast.updated': '已更新',
  'feishu.toast.private': '详情已私信发给你',
  'feishu.toast.working': '正在处理，稍后更新卡片',
  'feishu.toast.duplicate': '这个操作已经处理过了',
  'feishu.toast.notYours': '只有发送这条消息的人可以确认',
  'feishu.toast.unknown': '不认识这个按钮',
  'slack.showMore': '显示更多',
} as const;

export type MessageId = keyof typeof zhHans;
export type MessageParams<K extends MessageId> = ParamsOf<(typeof zhHans)[K]>;
