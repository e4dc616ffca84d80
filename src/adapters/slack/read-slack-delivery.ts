import { readSlackText } from './read-slack-body.ts';
import { decodeButtonValue, type SlackButtonValue, showMoreAction } from './slack-button-value.ts';
import { isDirectChannel, type SlackFile, type SlackInbound } from './slack-inbound.ts';

/** What one Slack delivery asks of the adapter, decided without touching the database. */
export type SlackDelivery =
  | { kind: 'challenge'; challenge: string }
  | { kind: 'ignore' }
  | { kind: 'accept'; id: string; inbound: SlackInbound }
  | {
      kind: 'open_form';
      triggerId: string;
      label: string;
      value: SlackButtonValue;
      inbound: Extract<SlackInbound, { kind: 'action' }>;
    }
  | { kind: 'submit_form'; view: Record<string, unknown>; id: string; user: string };

type Json = Record<string, unknown>;

/**
 * Reads an Events API body, an interactivity payload or a slash command. Bots' messages (our own
 * included) and message edits are ignored; the mention that addressed the bot is stripped.
 */
export function readSlackDelivery(body: Json): SlackDelivery {
  switch (body.type) {
    case 'url_verification':
      return { kind: 'challenge', challenge: str(body.challenge) ?? '' };
    case 'event_callback':
      return readEvent(body);
    case 'block_actions':
      return readBlockAction(body);
    case 'view_submission': {
      const view = obj(body.view);
      const user = str(obj(body.user).id);
      if (!user || !str(view.id)) return { kind: 'ignore' };
      return { kind: 'submit_form', view, user, id: `view:${str(view.id)}:${str(view.hash) ?? ''}` };
    }
    default:
      return typeof body.command === 'string' ? readCommand(body) : { kind: 'ignore' };
  }
}

function readEvent(body: Json): SlackDelivery {
  const event = obj(body.event);
  const eventId = str(body.event_id);
  const user = str(event.user);
  const channel = str(event.channel);
  // Edits, joins and the like have a subtype; a message with a file is 'file_share' (a mention with a
  // file is an app_mention carrying `files`).
  const subtype = event.subtype;
  if (!eventId || !user || !channel || event.bot_id || (subtype && subtype !== 'file_share'))
    return { kind: 'ignore' };
  const isMention = event.type === 'app_mention';
  const isDirect = event.type === 'message' && event.channel_type === 'im';
  if (!isMention && !isDirect) return { kind: 'ignore' };
  const raw = str(event.text) ?? '';
  const text = readSlackText(isMention ? raw.replace(/^(\s*<@[A-Z0-9]+(?:\|[^>]*)?>[\s,:，：]*)+/, '') : raw);
  const threadTs = str(event.thread_ts);
  const file = readFile(event.files);
  return {
    kind: 'accept',
    id: eventId,
    inbound: {
      kind: 'message',
      user,
      channel,
      direct: isDirect || isDirectChannel(channel),
      text,
      ...(threadTs ? { threadTs } : {}),
      ...(file ? { file } : {}),
    },
  };
}

/** The first file shared with a message (one customer list per message). */
function readFile(files: unknown): SlackFile | undefined {
  const file = obj(Array.isArray(files) ? files[0] : undefined);
  const id = str(file.id);
  const url = str(file.url_private_download) ?? str(file.url_private);
  if (!id || !url) return undefined;
  return { id, name: str(file.name) ?? str(file.title) ?? id, size: Number(file.size) || 0, url };
}

function readBlockAction(body: Json): SlackDelivery {
  const action = obj((body.actions as unknown[] | undefined)?.[0]);
  const value = decodeButtonValue(action.value);
  const user = str(obj(body.user).id);
  const container = obj(body.container);
  const channel = str(obj(body.channel).id) ?? str(container.channel_id);
  if (!value || !user || !channel) return { kind: 'ignore' };
  const direct = isDirectChannel(channel);
  const threadTs = str(obj(body.message).thread_ts);
  const base = { user, channel, direct, ...(threadTs ? { threadTs } : {}) };
  const id = `action:${user}:${str(action.action_ts) ?? ''}:${str(action.action_id) ?? ''}`;
  if (value.a === showMoreAction) {
    return typeof value.h === 'number'
      ? { kind: 'accept', id, inbound: { kind: 'more', ...base, heldId: value.h } }
      : { kind: 'ignore' };
  }
  const messageTs = str(container.message_ts) ?? str(obj(body.message).ts);
  const responseUrl = str(body.response_url);
  const inbound: Extract<SlackInbound, { kind: 'action' }> = {
    kind: 'action',
    ...base,
    action: value.a,
    payload: value.p,
    values: {},
    origin: {
      ...(messageTs ? { ts: messageTs } : {}),
      ephemeral: container.is_ephemeral === true,
      ...(responseUrl ? { responseUrl } : {}),
    },
  };
  const triggerId = str(body.trigger_id);
  if (value.f && value.f.length > 0 && triggerId) {
    const label = str(obj(action.text).text) ?? value.a;
    return { kind: 'open_form', triggerId, label, value, inbound };
  }
  return { kind: 'accept', id, inbound };
}

function readCommand(body: Json): SlackDelivery {
  const user = str(body.user_id);
  const channel = str(body.channel_id);
  const responseUrl = str(body.response_url);
  const triggerId = str(body.trigger_id);
  if (!user || !channel || !responseUrl || !triggerId) return { kind: 'ignore' };
  return {
    kind: 'accept',
    id: `command:${triggerId}`,
    inbound: {
      kind: 'command',
      user,
      channel,
      direct: isDirectChannel(channel),
      text: readSlackText(str(body.text) ?? ''),
      responseUrl,
    },
  };
}

function obj(value: unknown): Json {
  return typeof value === 'object' && value !== null ? (value as Json) : {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
