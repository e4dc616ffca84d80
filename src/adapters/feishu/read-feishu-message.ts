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

export type ReadMessage = { kind: 'message'; message: FeishuMessage } | { kind: 'ignored'; reason: string };

interface Mention {
  key?: string;
  id?: { open_id?: string };
  name?: string;
}

interface ReceiveEvent {
  sender?: { sender_id?: { open_id?: string }; sender_type?: string };
  message?: {
    message_id?: string;
    chat_id?: string;
    chat_type?: string;
    message_type?: string;
    content?: string;
    create_time?: string;
    mentions?: Mention[];
  };
}

/**
 * `im.message.receive_v1` → a message for the bot, or why it is not one: p2p text, rich text and files
 * always; in a group only when the bot itself is @-mentioned (so a file there, which cannot carry a
 * mention, is not taken). Mention placeholders (@_user_1) are stripped.
 */
export function readFeishuMessage(event: ReceiveEvent, botOpenId: string | undefined): ReadMessage {
  const message = event.message;
  const sender = event.sender?.sender_id?.open_id;
  if (!message?.message_id || !message.chat_id || !sender) return { kind: 'ignored', reason: 'malformed' };
  if (event.sender?.sender_type && event.sender.sender_type !== 'user')
    return { kind: 'ignored', reason: 'not_a_user' };
  const chatKind = message.chat_type === 'p2p' ? 'p2p' : 'group';
  const mentions = message.mentions ?? [];
  if (chatKind === 'group' && !mentions.some((mention) => isBot(mention, botOpenId)))
    return { kind: 'ignored', reason: 'not_mentioned' };
  const file = message.message_type === 'file' ? readFile(message.content) : undefined;
  const raw = file ? '' : readContent(message.message_type, message.content);
  if (raw === null) return { kind: 'ignored', reason: 'unsupported_type' };
  const text = stripMentions(raw, mentions, botOpenId);
  if (text === '' && !file) return { kind: 'ignored', reason: 'empty' };
  return {
    kind: 'message',
    message: {
      type: 'message',
      messageId: message.message_id,
      chatId: message.chat_id,
      chatKind,
      senderOpenId: sender,
      text,
      sentAt: Number(message.create_time) || 0,
      ...(file ? { file } : {}),
    },
  };
}

/** A file message's content: `{"file_key":"file_v2_…","file_name":"客户.xlsx"}`. */
function readFile(content: string | undefined): { key: string; name: string } | undefined {
  try {
    const parsed = JSON.parse(content ?? '') as { file_key?: unknown; file_name?: unknown };
    if (typeof parsed.file_key !== 'string' || parsed.file_key === '') return undefined;
    const name =
      typeof parsed.file_name === 'string' && parsed.file_name ? parsed.file_name : parsed.file_key;
    return { key: parsed.file_key, name };
  } catch {
    // Feishu always sends JSON here; without it there is no file to fetch.
    return undefined;
  }
}

function isBot(mention: Mention, botOpenId: string | undefined): boolean {
  return botOpenId !== undefined && mention.id?.open_id === botOpenId;
}

/** The bot's own mention goes; other people's become their names, so "记录拜访 @张伟" still reads. */
function stripMentions(text: string, mentions: Mention[], botOpenId: string | undefined): string {
  let result = text;
  for (const mention of mentions) {
    if (!mention.key) continue;
    result = result.split(mention.key).join(isBot(mention, botOpenId) ? '' : `@${mention.name ?? ''}`);
  }
  return result
    .replace(/@_all\b/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function readContent(type: string | undefined, content: string | undefined): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content ?? '');
  } catch {
    // Feishu always sends JSON here; anything else is not a message we can read.
    return null;
  }
  if (type === 'text') {
    const text = (parsed as { text?: unknown }).text;
    return typeof text === 'string' ? text : null;
  }
  if (type === 'post') return readPost(parsed);
  return null;
}

interface PostNode {
  tag?: string;
  text?: string;
  user_id?: string;
  user_name?: string;
  href?: string;
}

/**
 * Rich text: `{title, content: [[nodes]]}`, either bare or under a locale key (zh_cn, en_us). The
 * lines' text, links and @-mentions are kept; images and emoji are dropped.
 */
function readPost(parsed: unknown): string | null {
  if (!parsed || typeof parsed !== 'object') return null;
  const record = parsed as Record<string, unknown>;
  const post = (Array.isArray(record.content) ? record : Object.values(record)[0]) as
    | { title?: string; content?: PostNode[][] }
    | undefined;
  if (!post || !Array.isArray(post.content)) return null;
  const lines = post.content.map((line) =>
    (Array.isArray(line) ? line : [])
      .map((node) => {
        if (node.tag === 'text' || node.tag === 'a') return node.text ?? '';
        if (node.tag === 'at') return node.user_id ? `${node.user_id}` : `@${node.user_name ?? ''}`;
        return '';
      })
      .join(''),
  );
  return [post.title ?? '', ...lines].filter((line) => line.trim() !== '').join('\n');
}
