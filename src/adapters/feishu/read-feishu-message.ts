import { type Checked, checkPayload } from '../http/check-payload.ts';
import { parseJsonObject } from '../http/parse-json-object.ts';
import {
  type FeishuMessageEvent,
  feishuFileContentSchema,
  feishuMessageEventSchema,
  feishuPostSchema,
  feishuTextContentSchema,
} from './feishu-payload-schemas.ts';

/** A chat message as the adapter keeps it: recorded, then processed after the acknowledgement. */
export interface FeishuMessage {
  type: 'message';
  messageId: string;
  chatId: string;
  chatKind: 'p2p' | 'group';
  senderOpenId: string;
  text: string;
  /** When the user sent it (ms since epoch), to spot a late redelivery burst. */
  sentAt: number;
  /** A file message: what to download (im/v1/messages/:message_id/resources/:file_key). */
  file?: { key: string; name: string };
}

export type ReadMessage =
  | { kind: 'message'; message: FeishuMessage }
  | { kind: 'ignored'; reason: string }
  /** Not the shape Feishu sends: refused (400 on a webhook), nothing recorded. */
  | { kind: 'invalid'; problem: string };

type Mention = NonNullable<FeishuMessageEvent['message']['mentions']>[number];

/**
 * `im.message.receive_v1` → a message for the bot, or why it is not one: p2p text, rich text and files
 * always; in a group only when the bot itself is @-mentioned (so a file there, which cannot carry a
 * mention, is not taken). Mention placeholders (@_user_1) are stripped. The event, and the content
 * inside it, pass their schemas (feishu-payload-schemas.ts) first.
 */
export function readFeishuMessage(
  event: Record<string, unknown>,
  botOpenId: string | undefined,
): ReadMessage {
  const checked = checkPayload(feishuMessageEventSchema, event, 'event');
  if (!checked.ok) return { kind: 'invalid', problem: checked.problem };
  const { message, sender: from } = checked.value;
  const sender = from.sender_id?.open_id;
  if (!sender) return { kind: 'ignored', reason: 'malformed' };
  if (from.sender_type && from.sender_type !== 'user') return { kind: 'ignored', reason: 'not_a_user' };
  const chatKind: FeishuMessage['chatKind'] = message.chat_type === 'p2p' ? 'p2p' : 'group';
  const mentions = message.mentions ?? [];
  if (chatKind === 'group' && !mentions.some((mention) => isBot(mention, botOpenId)))
    return { kind: 'ignored', reason: 'not_mentioned' };
  const base = {
    type: 'message' as const,
    messageId: message.message_id,
    chatId: message.chat_id,
    chatKind,
    senderOpenId: sender,
    sentAt: Number(message.create_time) || 0,
  };
  if (message.message_type === 'file') {
    const file = readFile(message.content);
    if (!file.ok) return { kind: 'invalid', problem: file.problem };
    return { kind: 'message', message: { ...base, text: '', file: file.value } };
  }
  const raw = readContent(message.message_type, message.content);
  if (raw === null) return { kind: 'ignored', reason: 'unsupported_type' };
  if (!raw.ok) return { kind: 'invalid', problem: raw.problem };
  const text = stripMentions(raw.value, mentions, botOpenId);
  if (text === '') return { kind: 'ignored', reason: 'empty' };
  return { kind: 'message', message: { ...base, text } };
}

/** A file message's content: `{"file_key":"file_v2_…","file_name":"客户.xlsx"}`. */
function readFile(content: string): Checked<{ key: string; name: string }> {
  const checked = checkPayload(feishuFileContentSchema, parseJsonObject(content), 'message.content');
  if (!checked.ok) return checked;
  const { file_key: key, file_name: name } = checked.value;
  if (key === '') return { ok: false, problem: 'message.content.file_key: empty' };
  return { ok: true, value: { key, name: name || key } };
}

function isBot(mention: Mention, botOpenId: string | undefined): boolean {
  return botOpenId !== undefined && mention.id?.open_id === botOpenId;
}

/**
 * The bot's own mention goes; other people's become their names, so "记录拜访 @张伟" still reads. In
 * one pass over the text: a name that itself contains a placeholder is not substituted again (key
 * after key, 21 such names doubled the text 21 times).
 */
function stripMentions(text: string, mentions: Mention[], botOpenId: string | undefined): string {
  const names = new Map<string, string>();
  for (const mention of mentions) {
    if (mention.key && !names.has(mention.key))
      names.set(mention.key, isBot(mention, botOpenId) ? '' : `@${mention.name ?? ''}`);
  }
  // Longest key first, so that @_user_10 is not read as @_user_1 and a 0.
  const keys = [...names.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const named =
    keys.length > 0 ? text.replace(new RegExp(keys.join('|'), 'g'), (key) => names.get(key) ?? key) : text;
  return named
    .replace(/@_all\b/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text of a text or rich-text message; null for other types (images, stickers …). */
function readContent(type: string, content: string): Checked<string> | null {
  if (type === 'text') {
    const checked = checkPayload(feishuTextContentSchema, parseJsonObject(content), 'message.content');
    return checked.ok ? { ok: true, value: checked.value.text } : checked;
  }
  if (type === 'post') return readPost(parseJsonObject(content));
  return null;
}

/**
 * Rich text: `{title, content: [[nodes]]}`, either bare or under a locale key (zh_cn, en_us). The
 * lines' text, links and @-mentions are kept; images and emoji are dropped.
 */
function readPost(parsed: Record<string, unknown> | null): Checked<string> {
  const post = parsed && !Array.isArray(parsed.content) ? Object.values(parsed)[0] : parsed;
  const checked = checkPayload(feishuPostSchema, post, 'message.content');
  if (!checked.ok) return checked;
  const lines = checked.value.content.map((line) =>
    line
      .map((node) => {
        if (node.tag === 'text' || node.tag === 'a') return node.text ?? '';
        if (node.tag === 'at') return node.user_id ? `${node.user_id}` : `@${node.user_name ?? ''}`;
        return '';
      })
      .join(''),
  );
  return {
    ok: true,
    value: [checked.value.title ?? '', ...lines].filter((line) => line.trim() !== '').join('\n'),
  };
}
