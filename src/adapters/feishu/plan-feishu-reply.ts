import { randomUUID } from 'node:crypto';
import type { Card } from '../../../cards/card.ts';
import type { Reply } from '../../core/types.ts';
import type { OutgoingMessage } from '../../db/outbox.ts';
import type { Locale } from '../../domain/people.ts';
import type { FeishuOutgoing } from './create-feishu-sender.ts';
import { renderFeishuCard } from './render-card.ts';

/** Where a reply goes back to: the chat, the person, and the message or card it answers. */
export interface ReplyOrigin {
  chatId: string;
  chatKind: 'p2p' | 'group';
  senderOpenId: string;
  messageId: string;
  /** `menu`: a press on the bot's menu, answered in the person's direct chat (by open_id). */
  from: 'message' | 'card' | 'menu';
}

export interface ReplyPlan {
  /** The card that replaces the pressed one, answered in the callback response itself. */
  inlineCard?: Record<string, unknown>;
  /** True when private cards went to the sender's direct chat instead of the group. */
  sentPrivately: boolean;
  messages: OutgoingMessage[];
}

/**
 * A neutral reply as Feishu messages. Private cards asked for in a group go to the sender's direct chat;
 * a card that replaces the pressed one is answered inline (or patched when the callback has been
 * answered already); the rest are posted, threaded under the message in a group.
 */
export function planFeishuReply(
  reply: Reply,
  origin: ReplyOrigin,
  options: { locale: Locale; inline: boolean },
): ReplyPlan {
  const messages: OutgoingMessage[] = [];
  const render = (card: Card, chat: 'p2p' | 'group') =>
    JSON.stringify(renderFeishuCard(card, { locale: options.locale, chat }));
  const push = (card: Card, conversation: string, body: FeishuOutgoing) =>
    messages.push({
      platform: 'feishu',
      conversation,
      op: body.op,
      body,
      ...(card.key ? { cardKey: card.key } : {}),
    });

  // A menu press names no chat; a private reply in a group goes to the person instead.
  const toPerson = origin.from === 'menu' || (reply.private && origin.chatKind === 'group');
  if (toPerson) {
    for (const card of reply.cards) {
      push(card, `open_id:${origin.senderOpenId}`, {
        op: 'create',
        receiveIdType: 'open_id',
        receiveId: origin.senderOpenId,
        content: render(card, 'p2p'),
        uuid: randomUUID(),
      });
    }
    return { sentPrivately: origin.from !== 'menu' && reply.cards.length > 0, messages };
  }
  let rest = reply.cards;
  let inlineCard: Record<string, unknown> | undefined;
  const [first] = reply.cards;
  if (first && reply.replaceOriginal && origin.from === 'card') {
    rest = reply.cards.slice(1);
    if (options.inline)
      inlineCard = renderFeishuCard(first, { locale: options.locale, chat: origin.chatKind });
    else
      push(first, origin.chatId, {
        op: 'patch',
        messageId: origin.messageId,
        content: render(first, origin.chatKind),
      });
  }
  for (const card of rest) {
    const content = render(card, origin.chatKind);
    if (origin.chatKind === 'group' && origin.from === 'message')
      push(card, origin.chatId, { op: 'reply', messageId: origin.messageId, content, uuid: randomUUID() });
    else
      push(card, origin.chatId, {
        op: 'create',
        receiveIdType: 'chat_id',
        receiveId: origin.chatId,
        content,
        uuid: randomUUID(),
      });
  }
  return { ...(inlineCard ? { inlineCard } : {}), sentPrivately: false, messages };
}
