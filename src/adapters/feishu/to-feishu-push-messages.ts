import { randomUUID } from 'node:crypto';
import type { Card } from '../../../cards/card.ts';
import type { OutgoingMessage } from '../../db/outbox.ts';
import type { PushTarget } from '../../db/push-deliveries.ts';
import type { FeishuOutgoing } from './create-feishu-sender.ts';
import { renderFeishuCard } from './render-card.ts';

/**
 * A scheduled push as Feishu messages: a direct message to the person's open_id, or a post in a group
 * chat. A card with a key that was sent before is patched in place by the sender.
 */
export function toFeishuPushMessages(target: PushTarget, cards: Card[]): OutgoingMessage[] {
  const person = target.kind === 'person';
  // A group chat's cards carry no reader: its words default to simplified Chinese, as before.
  const locale = target.kind === 'person' ? target.locale : 'zh-Hans';
  const receiveId = person ? target.externalId : target.chatId;
  return cards.map((card): OutgoingMessage => {
    const body: FeishuOutgoing = {
      op: 'create',
      receiveIdType: person ? 'open_id' : 'chat_id',
      receiveId,
      content: JSON.stringify(renderFeishuCard(card, { locale, chat: person ? 'p2p' : 'group' })),
      uuid: randomUUID(),
    };
    return {
      platform: 'feishu',
      conversation: person ? `open_id:${receiveId}` : receiveId,
      op: 'create',
      body,
      ...(card.key ? { cardKey: card.key } : {}),
    };
  });
}
