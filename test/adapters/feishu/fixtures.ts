import { encryptFeishu, feishuSignature } from '../../../src/adapters/feishu/feishu-crypto.ts';

export { encryptFeishu };

// Payloads shaped like Feishu's documented v2.0 envelope (PLATFORMS.md Appendix B), with overrides.

export const appId = 'cli_9f5343c580712544';
export const verificationToken = 'rvaYgkR9xdVrDXpbZ0sEd1NsKbfw7Gbj';
export const encryptKey = 'kudryavka-test-key';
export const botOpenId = 'ou_bot_chatcrm';

let counter = 0;

export interface MessageOptions {
  eventId?: string;
  text?: string;
  chatType?: 'p2p' | 'group';
  chatId?: string;
  openId?: string;
  messageId?: string;
  createTime?: Date;
  mentions?: { key: string; openId: string; name: string }[];
  messageType?: 'text' | 'post' | 'file';
  content?: unknown;
}

export function messageEvent(options: MessageOptions = {}): Record<string, unknown> {
  const n = ++counter;
  const created = String((options.createTime ?? new Date()).getTime());
  return {
    schema: '2.0',
    header: {
      event_id: options.eventId ?? `5e3702a84e847582be8db7fb7328${String(n).padStart(4, '0')}`,
      event_type: 'im.message.receive_v1',
      create_time: created,
      token: verificationToken,
      app_id: appId,
      tenant_key: '2ca1d211f64f6438',
    },
    event: {
      sender: {
        sender_id: {
          union_id: 'on_8ed6aa67826108097d9ee143816345',
          user_id: 'e33ggbyz',
          open_id: options.openId ?? 'ou_zhang',
        },
        sender_type: 'user',
        tenant_key: '736588c9260f175e',
      },
      message: {
        message_id: options.messageId ?? `om_5ce6d572455d361153b7cb51da13${String(n).padStart(4, '0')}`,
        create_time: created,
        chat_id: options.chatId ?? (options.chatType === 'group' ? 'oc_group_sales' : 'oc_p2p_zhang'),
        chat_type: options.chatType ?? 'p2p',
        message_type: options.messageType ?? 'text',
        content: JSON.stringify(options.content ?? { text: options.text ?? 'help' }),
        mentions: (options.mentions ?? []).map((m) => ({
          key: m.key,
          id: { union_id: 'on_x', user_id: 'u_x', open_id: m.openId },
          name: m.name,
          tenant_key: '736588c9260f175e',
        })),
      },
    },
  };
}

export interface CardActionOptions {
  openId?: string;
  messageId?: string;
  chatId?: string;
  value: Record<string, unknown>;
  formValue?: Record<string, string>;
}

export function cardActionEvent(options: CardActionOptions): Record<string, unknown> {
  const n = ++counter;
  return {
    schema: '2.0',
    header: {
      event_id: `f7984f25108f8137722bb63cee92${String(n).padStart(4, '0')}`,
      token: verificationToken,
      create_time: '1603977298000000',
      event_type: 'card.action.trigger',
      tenant_key: '2df73991750ad74e',
      app_id: appId,
    },
    event: {
      operator: {
        tenant_key: '2df73991750ad74e',
        user_id: '867e',
        open_id: options.openId ?? 'ou_zhang',
        union_id: 'on_cad4',
      },
      token: 'c-295ee57216a5dc9de90fefd0aadb4b1d7d',
      action: {
        value: options.value,
        tag: 'button',
        timezone: 'Asia/Shanghai',
        ...(options.formValue ? { name: 'submit_0', form_value: options.formValue } : {}),
      },
      host: 'im_message',
      context: {
        open_message_id: options.messageId ?? 'om_card_1',
        open_chat_id: options.chatId ?? 'oc_p2p_zhang',
      },
    },
  };
}

/**
 * The request as Feishu sends it with an Encrypt Key: encrypted body, signature headers, signed now
 * (Unix seconds, the wall clock the webhook checks) unless another timestamp is given.
 */
export function encryptedRequest(body: unknown, key = encryptKey, signedAt: { timestamp?: string } = {}) {
  const raw = Buffer.from(JSON.stringify({ encrypt: encryptFeishu(key, JSON.stringify(body)) }));
  const timestamp = signedAt.timestamp ?? String(Math.floor(Date.now() / 1000));
  const nonce = `n${++counter}`;
  return {
    raw,
    headers: {
      'content-type': 'application/json',
      'x-lark-request-timestamp': timestamp,
      'x-lark-request-nonce': nonce,
      'x-lark-signature': feishuSignature(timestamp, nonce, key, raw),
    },
  };
}

/** The callback value of the button with this action, as Feishu would send it back. */
export function findButtonValue(card: Record<string, unknown>, action: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  JSON.stringify(card, (_key, value: unknown) => {
    const v = value as { behaviors?: { value?: { action?: string } }[] } | null;
    const behaviour = v?.behaviors?.[0]?.value;
    if (behaviour?.action === action) found = behaviour as Record<string, unknown>;
    return value;
  });
  if (!found) throw new Error(`no ${action} button`);
  return found;
}

export interface MenuOptions {
  eventKey: string;
  eventId?: string;
  openId?: string;
}

/** `application.bot.menu_v6` as documented (机器人自定义菜单事件): who pressed which menu item. */
export function botMenuEvent(options: MenuOptions): Record<string, unknown> {
  const n = ++counter;
  const now = Date.now();
  return {
    schema: '2.0',
    header: {
      event_id: options.eventId ?? `5e3702a84e847582be8db7fb7328m${String(n).padStart(3, '0')}`,
      event_type: 'application.bot.menu_v6',
      create_time: String(now),
      token: verificationToken,
      app_id: appId,
      tenant_key: '2ca1d211f64f6438',
    },
    event: {
      operator: {
        operator_name: '张伟',
        operator_id: {
          union_id: 'on_8ed6aa67826108097d9ee143816345',
          user_id: 'e33ggbyz',
          open_id: options.openId ?? 'ou_zhang',
        },
      },
      event_key: options.eventKey,
      timestamp: Math.floor(now / 1000),
    },
  };
}
