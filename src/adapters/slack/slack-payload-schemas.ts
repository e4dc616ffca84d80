import { z } from 'zod';
import { locales } from '../../domain/people.ts';

// Slack's inbound payloads as the adapter reads them (PLATFORMS.md §1, Appendix A). Loose: fields
// Slack adds are let through; strict in the type of every field the adapter reads, so a signed body
// of the wrong shape is answered 400 instead of failing somewhere inside.

const text = z.string();
const id = z.string().min(1).max(255);
/** Lists and records Slack sends are short; a longer one is not Slack's. */
const list = <T extends z.ZodType>(item: T) => z.array(item).max(100);

export const slackUrlVerificationSchema = z.looseObject({
  type: z.literal('url_verification'),
  challenge: text.max(1000),
});

/** Every event_callback; its `event` is read further only when it is a message or an @mention. */
export const slackEventCallbackSchema = z.looseObject({
  type: z.literal('event_callback'),
  event_id: id,
  event: z.looseObject({ type: text }),
});

const slackFileSchema = z.looseObject({
  id: text.nullish(),
  name: text.nullish(),
  title: text.nullish(),
  size: z.number().nullish(),
  url_private: text.nullish(),
  url_private_download: text.nullish(),
});

/** `message` (direct messages) and `app_mention`: what the bot answers. */
export const slackMessageEventSchema = z.looseObject({
  type: z.enum(['message', 'app_mention']),
  user: text.nullish(),
  channel: text.nullish(),
  channel_type: text.nullish(),
  text: text.nullish(),
  subtype: text.nullish(),
  bot_id: text.nullish(),
  thread_ts: text.nullish(),
  files: list(slackFileSchema).nullish(),
});

export const slackBlockActionsSchema = z.looseObject({
  type: z.literal('block_actions'),
  user: z.looseObject({ id }),
  actions: list(
    z.looseObject({
      action_id: text.nullish(),
      action_ts: text.nullish(),
      value: text.nullish(),
      text: z.looseObject({ text: text.nullish() }).nullish(),
    }),
  ),
  channel: z.looseObject({ id: text.nullish() }).nullish(),
  container: z
    .looseObject({
      channel_id: text.nullish(),
      message_ts: text.nullish(),
      is_ephemeral: z.boolean().nullish(),
    })
    .nullish(),
  message: z.looseObject({ ts: text.nullish(), thread_ts: text.nullish() }).nullish(),
  /** Set when the button is on a view: the App Home (`type: 'home'`) or a modal. */
  view: z.looseObject({ type: text.nullish() }).nullish(),
  response_url: text.nullish(),
  trigger_id: text.nullish(),
});

/** app_home_opened: `tab` is 'home' or 'messages' (https://docs.slack.dev/reference/events/app_home_opened). */
export const slackAppHomeOpenedSchema = z.looseObject({
  type: z.literal('app_home_opened'),
  user: id,
  tab: text.nullish(),
});

/**
 * A message shortcut pressed on a message (https://docs.slack.dev/reference/interaction-payloads/shortcuts-interaction-payload):
 * the message as Slack shows it, where it is, and a response_url to answer the presser.
 */
export const slackMessageActionSchema = z.looseObject({
  type: z.literal('message_action'),
  callback_id: text,
  trigger_id: id,
  user: z.looseObject({ id }),
  channel: z.looseObject({ id }),
  message: z.looseObject({ ts: text.nullish(), thread_ts: text.nullish(), text: text.max(40_000).nullish() }),
  response_url: text.nullish(),
});

const slackStateValueSchema = z.looseObject({
  value: text.nullish(),
  selected_option: z.looseObject({ value: text.nullish() }).nullish(),
});

export const slackViewSchema = z.looseObject({
  id,
  hash: text.nullish(),
  callback_id: text.nullish(),
  private_metadata: text.max(3000).nullish(),
  state: z
    .looseObject({
      values: z.record(text, z.record(text, slackStateValueSchema)).nullish(),
    })
    .nullish(),
});

export const slackViewSubmissionSchema = z.looseObject({
  type: z.literal('view_submission'),
  user: z.looseObject({ id }),
  view: slackViewSchema,
});

/** A slash command: a form, so every field is a string when present. */
export const slackCommandSchema = z.looseObject({
  command: text,
  user_id: text.nullish(),
  channel_id: text.nullish(),
  response_url: text.nullish(),
  trigger_id: text.nullish(),
  text: text.nullish(),
});

export type SlackEventCallback = z.infer<typeof slackEventCallbackSchema>;
export type SlackMessageEvent = z.infer<typeof slackMessageEventSchema>;
export type SlackBlockActions = z.infer<typeof slackBlockActionsSchema>;
export type SlackView = z.infer<typeof slackViewSchema>;
export type SlackMessageAction = z.infer<typeof slackMessageActionSchema>;
export type SlackCommand = z.infer<typeof slackCommandSchema>;

/** The kinds of field a form of ours has (cards/card.ts `Input['kind']`). */
const formFieldKind = z.enum(['text', 'textarea', 'date', 'select']);

/** A button's value as our renderer writes it (slack-button-value.ts). */
export const slackButtonValueSchema = z.looseObject({
  a: text,
  p: z.record(text, z.union([z.string(), z.number()])),
  f: list(
    z.looseObject({
      i: text,
      k: formFieldKind,
      l: text,
      v: text.optional(),
      r: z.literal(1).optional(),
      h: text.optional(),
      o: z.literal(1).optional(),
      s: list(z.tuple([text, text])).optional(),
    }),
  ).optional(),
  h: z.number().optional(),
  l: z.enum(locales).optional(),
});

/** A form modal's private_metadata as buildFormModal writes it (slack-form-modal.ts). */
export const slackFormMetadataSchema = z.looseObject({
  a: text,
  p: z.record(text, z.union([z.string(), z.number()])),
  f: list(
    z.tuple([
      text,
      formFieldKind,
      z.union([z.literal(0), z.literal(1)]),
      z.union([z.literal(0), z.literal(1)]),
    ]),
  ),
  // 'zh' is what modals opened before traditional Chinese had its own locale carry.
  l: z.enum(['zh', 'zh-Hans', 'zh-Hant', 'en']).transform((l) => (l === 'zh' ? 'zh-Hans' : l)),
  c: id,
  th: text.optional(),
  t: text.optional(),
  e: z.literal(1).optional(),
  u: text.optional(),
});
