import { checkPayload } from '../http/check-payload.ts';
import { readSlackText } from './read-slack-body.ts';
import { readButtonValue, type SlackButtonValue, showMoreAction } from './slack-button-value.ts';
import { type FormSubmission, formCallbackId, readFormSubmission } from './slack-form-modal.ts';
import { isDirectChannel, type SlackFile, type SlackInbound } from './slack-inbound.ts';
import {
  type SlackBlockActions,
  type SlackCommand,
  type SlackEventCallback,
  type SlackMessageAction,
  type SlackMessageEvent,
  slackAppHomeOpenedSchema,
  slackBlockActionsSchema,
  slackCommandSchema,
  slackEventCallbackSchema,
  slackMessageActionSchema,
  slackMessageEventSchema,
  slackUrlVerificationSchema,
  slackViewSubmissionSchema,
} from './slack-payload-schemas.ts';

/** What one Slack delivery asks of the adapter, decided without touching the database. */
export type SlackDelivery =
  | { kind: 'challenge'; challenge: string }
  | { kind: 'ignore' }
  /** Signed, but not the shape Slack sends: answered 400 (acked and dropped over Socket Mode). */
  | { kind: 'invalid'; problem: string }
  | { kind: 'accept'; id: string; inbound: SlackInbound }
  | {
      kind: 'open_form';
      triggerId: string;
      label: string;
      value: SlackButtonValue;
      inbound: Extract<SlackInbound, { kind: 'action' }>;
    }
  | { kind: 'submit_form'; form: FormSubmission; id: string; user: string };

type Json = Record<string, unknown>;

/** The message shortcut "Log as visit" / "记为拜访", as the manifest names it. */
export const logAsVisitCallbackId = 'log_as_visit';

/**
 * Reads an Events API body, an interactivity payload or a slash command, each through its schema
 * (slack-payload-schemas.ts). Bots' messages (our own included) and message edits are ignored; the
 * mention that addressed the bot is stripped.
 */
export function readSlackDelivery(body: Json): SlackDelivery {
  switch (body.type) {
    case 'url_verification': {
      const checked = checkPayload(slackUrlVerificationSchema, body, 'url_verification');
      return checked.ok ? { kind: 'challenge', challenge: checked.value.challenge } : invalid(checked);
    }
    case 'event_callback': {
      const checked = checkPayload(slackEventCallbackSchema, body, 'event_callback');
      return checked.ok ? readEvent(checked.value) : invalid(checked);
    }
    case 'block_actions': {
      const checked = checkPayload(slackBlockActionsSchema, body, 'block_actions');
      return checked.ok ? readBlockAction(checked.value) : invalid(checked);
    }
    case 'message_action': {
      const checked = checkPayload(slackMessageActionSchema, body, 'message_action');
      return checked.ok ? readMessageAction(checked.value) : invalid(checked);
    }
    case 'view_submission': {
      const checked = checkPayload(slackViewSubmissionSchema, body, 'view_submission');
      if (!checked.ok) return invalid(checked);
      const { view, user } = checked.value;
      if (view.callback_id !== formCallbackId) return { kind: 'ignore' };
      const form = readFormSubmission(view);
      if (!form) return { kind: 'invalid', problem: 'view_submission.view.private_metadata: not our form' };
      return { kind: 'submit_form', form, user: user.id, id: `view:${view.id}:${view.hash ?? ''}` };
    }
    default: {
      if (body.command === undefined) return { kind: 'ignore' };
      const checked = checkPayload(slackCommandSchema, body, 'command');
      return checked.ok ? readCommand(checked.value) : invalid(checked);
    }
  }
}

function invalid(checked: { problem: string }): SlackDelivery {
  return { kind: 'invalid', problem: checked.problem };
}

function readEvent(body: SlackEventCallback): SlackDelivery {
  if (body.event.type === 'app_home_opened') return readHomeOpened(body);
  if (body.event.type !== 'message' && body.event.type !== 'app_mention') return { kind: 'ignore' };
  const checked = checkPayload(slackMessageEventSchema, body.event, 'event_callback.event');
  if (!checked.ok) return invalid(checked);
  const event: SlackMessageEvent = checked.value;
  const eventId = body.event_id;
  const user = str(event.user);
  const channel = str(event.channel);
  // Edits, joins and the like have a subtype; a message with a file is 'file_share' (a mention with a
  // file is an app_mention carrying `files`).
  const subtype = event.subtype;
  if (!user || !channel || event.bot_id || (subtype && subtype !== 'file_share')) return { kind: 'ignore' };
  const isMention = event.type === 'app_mention';
  const isDirect = event.type === 'message' && event.channel_type === 'im';
  if (!isMention && !isDirect) return { kind: 'ignore' };
  const raw = event.text ?? '';
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

/** The Home tab opened (not the Messages tab): drawn afresh for that person, after the ack. */
function readHomeOpened(body: SlackEventCallback): SlackDelivery {
  const checked = checkPayload(slackAppHomeOpenedSchema, body.event, 'event_callback.event');
  if (!checked.ok) return invalid(checked);
  const { user, tab } = checked.value;
  if (tab !== 'home') return { kind: 'ignore' };
  return { kind: 'accept', id: body.event_id, inbound: { kind: 'home', user, channel: user, direct: true } };
}

/**
 * "Log as visit" on any message: its text goes to the core as a visit draft, answered to the presser
 * alone (the channel may be a conversation between other people), and nothing is saved until confirmed.
 */
function readMessageAction(body: SlackMessageAction): SlackDelivery {
  if (body.callback_id !== logAsVisitCallbackId) return { kind: 'ignore' };
  const responseUrl = str(body.response_url);
  const threadTs = str(body.message.thread_ts);
  return {
    kind: 'accept',
    id: `shortcut:${body.trigger_id}`,
    inbound: {
      kind: 'action',
      user: body.user.id,
      channel: body.channel.id,
      direct: false,
      ...(threadTs ? { threadTs } : {}),
      action: 'visit.draft',
      payload: {},
      values: { text: readSlackText(body.message.text ?? '') },
      origin: { ephemeral: true, ...(responseUrl ? { responseUrl } : {}) },
      ...(responseUrl ? { replyUrl: responseUrl } : {}),
    },
  };
}

/** The first file shared with a message (one customer list per message). */
function readFile(files: SlackMessageEvent['files']): SlackFile | undefined {
  const file = files?.[0];
  const id = str(file?.id);
  const url = str(file?.url_private_download) ?? str(file?.url_private);
  if (!file || !id || !url) return undefined;
  return { id, name: str(file.name) ?? str(file.title) ?? id, size: file.size ?? 0, url };
}

function readBlockAction(body: SlackBlockActions): SlackDelivery {
  const action = body.actions[0];
  if (!action) return { kind: 'ignore' };
  const read = readButtonValue(action.value);
  if (read.kind === 'invalid') return { kind: 'invalid', problem: `block_actions.${read.problem}` };
  const user = body.user.id;
  // A button on the App Home has no conversation: its answer goes to the person's direct messages.
  const fromHome = body.view?.type === 'home';
  const channel = str(body.channel?.id) ?? str(body.container?.channel_id) ?? (fromHome ? user : undefined);
  if (read.kind === 'foreign' || !channel) return { kind: 'ignore' };
  const value = read.value;
  const direct = isDirectChannel(channel);
  const threadTs = str(body.message?.thread_ts);
  const base = { user, channel, direct, ...(threadTs ? { threadTs } : {}) };
  const id = `action:${user}:${action.action_ts ?? ''}:${action.action_id ?? ''}`;
  if (value.a === showMoreAction) {
    return typeof value.h === 'number'
      ? { kind: 'accept', id, inbound: { kind: 'more', ...base, heldId: value.h } }
      : { kind: 'ignore' };
  }
  const messageTs = str(body.container?.message_ts) ?? str(body.message?.ts);
  const responseUrl = str(body.response_url);
  const inbound: Extract<SlackInbound, { kind: 'action' }> = {
    kind: 'action',
    ...base,
    action: value.a,
    payload: value.p,
    values: {},
    origin: {
      ...(messageTs ? { ts: messageTs } : {}),
      ephemeral: body.container?.is_ephemeral === true,
      ...(responseUrl ? { responseUrl } : {}),
    },
    ...(fromHome ? { fromHome } : {}),
  };
  const triggerId = str(body.trigger_id);
  if (value.f && value.f.length > 0 && triggerId) {
    const label = str(action.text?.text) ?? value.a;
    return { kind: 'open_form', triggerId, label, value, inbound };
  }
  return { kind: 'accept', id, inbound };
}

function readCommand(body: SlackCommand): SlackDelivery {
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
      text: readSlackText(body.text ?? ''),
      responseUrl,
    },
  };
}

function str(value: string | null | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
