// Slack request bodies shaped like the documented examples (PLATFORMS.md, Appendix A), with overrides,
// and the v0 signature Slack puts on them.
import { signSlackRequest } from '../../../src/adapters/slack/verify-slack-request.ts';

export const signingSecret = 'test-signing-secret';

/** A direct message to the bot (message.im), as an event_callback envelope. */
export function directMessage(text: string, o: { eventId?: string; user?: string; channel?: string } = {}) {
  return envelope(
    {
      type: 'message',
      channel_type: 'im',
      user: o.user ?? 'U_ZHANG',
      text,
      ts: '1515449522.000016',
      channel: o.channel ?? 'D_ZHANG',
      event_ts: '1515449522.000016',
    },
    o.eventId ?? 'Ev_DM_1',
  );
}

/** An @mention of the bot in a channel (app_mention, Appendix A1). */
export function channelMention(
  text: string,
  o: { eventId?: string; user?: string; channel?: string; threadTs?: string } = {},
) {
  return envelope(
    {
      type: 'app_mention',
      user: o.user ?? 'U_ZHANG',
      text: `<@U0LAN0Z89> ${text}`,
      ts: '1515449522.000016',
      channel: o.channel ?? 'C123ABC456',
      event_ts: '1515449522000016',
      ...(o.threadTs ? { thread_ts: o.threadTs } : {}),
    },
    o.eventId ?? 'Ev_MENTION_1',
  );
}

function envelope(event: Record<string, unknown>, eventId: string) {
  return {
    token: 'XXYYZZ',
    team_id: 'T123ABC456',
    api_app_id: 'A123ABC456',
    event,
    type: 'event_callback',
    authorizations: [
      { team_id: 'T123ABC456', user_id: 'U0LAN0Z89', is_bot: true, is_enterprise_install: false },
    ],
    event_id: eventId,
    event_time: 1515449522,
  };
}

/** A button press (block_actions, Appendix A2) on a message the bot posted. */
export function blockActions(o: {
  user: string;
  channel: string;
  messageTs: string;
  button: { action_id: string; value: string; text?: string };
  actionTs?: string;
  ephemeral?: boolean;
  responseUrl?: string;
}) {
  return {
    type: 'block_actions',
    user: { id: o.user, username: 'primary-owner', name: 'primary-owner', team_id: 'T111' },
    api_app_id: 'A111',
    token: 'verification_token',
    container: {
      type: 'message',
      message_ts: o.messageTs,
      channel_id: o.channel,
      is_ephemeral: o.ephemeral ?? false,
    },
    trigger_id: '111.222.valid',
    team: { id: 'T111', domain: 'workspace-domain' },
    channel: { id: o.channel, name: 'test-channel' },
    ...(o.ephemeral ? {} : { message: { type: 'message', ts: o.messageTs, text: 'card' } }),
    response_url: o.responseUrl ?? 'https://hooks.slack.com/actions/T111/111/random-value',
    actions: [buttonAction(o.button, o.actionTs ?? '1596530385.194939')],
  };
}

/** The Home tab opened (app_home_opened, https://docs.slack.dev/reference/events/app_home_opened). */
export function appHomeOpened(o: { user: string; eventId?: string; tab?: 'home' | 'messages' }) {
  return envelope(
    {
      type: 'app_home_opened',
      user: o.user,
      channel: 'D0LAN2Q65',
      event_ts: '1515449522000016',
      tab: o.tab ?? 'home',
      view: { id: 'VPASKP233', team_id: 'T21312902', type: 'home', blocks: [], private_metadata: '' },
    },
    o.eventId ?? 'Ev_HOME_1',
  );
}

/** A button pressed on the Home tab: block_actions from a view, with no channel and no response_url. */
export function homeBlockActions(o: {
  user: string;
  button: { action_id: string; value: string; text?: string };
}) {
  return {
    type: 'block_actions',
    user: { id: o.user, username: 'primary-owner', name: 'primary-owner', team_id: 'T111' },
    api_app_id: 'A111',
    token: 'verification_token',
    container: { type: 'view', view_id: 'V0PKB1ZFV' },
    trigger_id: '111.222.home',
    team: { id: 'T111', domain: 'workspace-domain' },
    view: { id: 'V0PKB1ZFV', type: 'home', team_id: 'T111', blocks: [], private_metadata: '', hash: '1.a' },
    actions: [buttonAction(o.button, '1596530385.194940')],
  };
}

/**
 * A message shortcut pressed on someone's message (message_action,
 * https://docs.slack.dev/reference/interaction-payloads/shortcuts-interaction-payload).
 */
export function messageAction(o: {
  user: string;
  text: string;
  channel?: string;
  responseUrl: string;
  callbackId?: string;
  triggerId?: string;
}) {
  return {
    type: 'message_action',
    token: 'Nj2rfC2hU8mAfgaJLemZgO7H',
    action_ts: '1581106241.371594',
    team: { id: 'T111', domain: 'shortcuts-test' },
    user: { id: o.user, name: 'aman', username: 'aman', team_id: 'T111' },
    channel: { id: o.channel ?? 'C_SALES', name: 'general' },
    callback_id: o.callbackId ?? 'log_as_visit',
    trigger_id: o.triggerId ?? '944799105734.773906753841.38b5894552bdd4a780554ee59d1f3bbb',
    message_ts: '1581106231.003600',
    message: {
      client_msg_id: 'a1b2',
      type: 'message',
      text: o.text,
      user: 'U_CUSTOMER_NOTE',
      ts: '1581106231.003600',
      team: 'T111',
    },
    response_url: o.responseUrl,
  };
}

/** A modal submitted (view_submission, Appendix A3), with the values typed per block id. */
export function viewSubmission(o: {
  user: string;
  view: { private_metadata: string; callback_id: string };
  values: Record<string, string>;
  hash?: string;
}) {
  return {
    type: 'view_submission',
    team: { id: 'T111', domain: 'workspace-domain' },
    user: { id: o.user, username: 'primary-owner', name: 'primary-owner', team_id: 'T111' },
    api_app_id: 'A111',
    token: 'verification_token',
    trigger_id: '111.222.valid',
    view: {
      id: 'V111',
      team_id: 'T111',
      type: 'modal',
      private_metadata: o.view.private_metadata,
      callback_id: o.view.callback_id,
      state: {
        values: Object.fromEntries(
          Object.entries(o.values).map(([id, value]) => [id, { value: { type: 'plain_text_input', value } }]),
        ),
      },
      hash: o.hash ?? '1596530361.3wRYuk3R',
      title: { type: 'plain_text', text: 'My App' },
      root_view_id: 'V111',
      app_id: 'A111',
      bot_id: 'B111',
    },
    response_urls: [],
  };
}

/** A slash command (form-encoded, like the body of Slack's signing example). */
export function slashCommand(
  text: string,
  o: { user?: string; channel?: string; responseUrl: string; triggerId?: string },
) {
  return new URLSearchParams({
    token: 'xyzz0WbapA4vBCDEFasx0q6G',
    team_id: 'T1DC2JH3J',
    team_domain: 'testteamnow',
    channel_id: o.channel ?? 'C8PSS9T3V',
    channel_name: 'foobar',
    user_id: o.user ?? 'U_ZHANG',
    user_name: 'roadrunner',
    command: '/crm',
    text,
    response_url: o.responseUrl,
    trigger_id: o.triggerId ?? '398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  }).toString();
}

/** POSTs a body to /slack/events signed like Slack (or with the given timestamp / signature). */
export async function postToSlackRoute(
  base: string,
  body: object | string,
  o: { timestamp?: number; signature?: string; retryNum?: number; secret?: string } = {},
) {
  const isForm = typeof body === 'string';
  const isInteractive =
    !isForm &&
    ['block_actions', 'view_submission', 'message_action'].includes((body as { type?: string }).type ?? '');
  const raw = isForm
    ? body
    : isInteractive
      ? `payload=${encodeURIComponent(JSON.stringify(body))}`
      : JSON.stringify(body);
  const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': isForm || isInteractive ? 'application/x-www-form-urlencoded' : 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': o.signature ?? signSlackRequest(o.secret ?? signingSecret, timestamp, raw),
      ...(o.retryNum
        ? { 'x-slack-retry-num': String(o.retryNum), 'x-slack-retry-reason': 'http_timeout' }
        : {}),
    },
    body: raw,
  });
  const text = await response.text();
  return { status: response.status, text, json: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

/** The pressed button as block_actions lists it. */
function buttonAction(button: { action_id: string; value: string; text?: string }, actionTs: string) {
  return {
    action_id: button.action_id,
    block_id: 'b',
    text: { type: 'plain_text', text: button.text ?? 'Button', emoji: true },
    value: button.value,
    type: 'button',
    action_ts: actionTs,
  };
}
