import { z } from 'zod';

// Feishu's inbound payloads as the adapter reads them (PLATFORMS.md §2.5, §2.6, Appendix B). Loose:
// fields Feishu adds are let through; strict in the type of every field the adapter reads, so a
// verified body of the wrong shape is answered 400 instead of failing somewhere inside.

const text = z.string();
const id = z.string().min(1).max(255);

export const feishuUrlVerificationSchema = z.looseObject({
  type: z.literal('url_verification'),
  challenge: text.max(1000),
});

/**
 * The v2.0 envelope. `event_id` names the delivery for de-duplication: one that is not a string is
 * refused, never taken for the same delivery as another.
 */
export const feishuEnvelopeSchema = z.looseObject({
  header: z.looseObject({ event_id: id, event_type: text.max(255) }),
  event: z.looseObject({}),
});

/** `im.message.receive_v1` (webhook `event`, or the long connection's flattened body). */
export const feishuMessageEventSchema = z.looseObject({
  sender: z.looseObject({
    sender_id: z.looseObject({ open_id: text.nullish() }).nullish(),
    sender_type: text.nullish(),
  }),
  message: z.looseObject({
    message_id: id,
    chat_id: id,
    chat_type: text,
    message_type: text,
    content: text,
    create_time: text.nullish(),
    mentions: z
      .array(
        z.looseObject({
          key: text.max(64),
          id: z.looseObject({ open_id: text.nullish() }).nullish(),
          name: text.max(255).nullish(),
        }),
      )
      .max(200)
      .nullish(),
  }),
});

/** A text message's `content`. */
export const feishuTextContentSchema = z.looseObject({ text });

/** A file message's `content`. */
export const feishuFileContentSchema = z.looseObject({ file_key: text, file_name: text.nullish() });

const postNodeSchema = z.looseObject({
  tag: text.nullish(),
  text: text.nullish(),
  user_id: text.nullish(),
  user_name: text.nullish(),
});

/** Rich text (`post`): `{title, content: [[nodes]]}`, bare or under a locale key. */
export const feishuPostSchema = z.looseObject({
  title: text.nullish(),
  content: z.array(z.array(postNodeSchema)),
});

/** `card.action.trigger`: the ids under `context` (new callback) or at the top (old layout). */
export const feishuCardActionEventSchema = z.looseObject({
  operator: z.looseObject({ open_id: id }),
  action: z.looseObject({
    value: z.unknown(),
    form_value: z
      .record(text, z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string()).max(100)]))
      .nullish(),
  }),
  context: z.looseObject({ open_message_id: text.nullish(), open_chat_id: text.nullish() }).nullish(),
  open_message_id: text.nullish(),
  open_chat_id: text.nullish(),
});

/** A button's value as render-card.ts writes it. */
export const feishuCardValueSchema = z.looseObject({
  action: text.min(1).max(255),
  payload: z.record(text, z.union([z.string(), z.number()])).nullish(),
  chat: z.enum(['p2p', 'group']).nullish(),
});

export type FeishuMessageEvent = z.infer<typeof feishuMessageEventSchema>;
export type FeishuCardActionEvent = z.infer<typeof feishuCardActionEventSchema>;

/**
 * `application.bot.menu_v6`: a press on the bot's menu (webhook `event`, or the long connection's
 * flattened body). The key is the one set in the developer console (1–30 characters, Feishu says); the
 * press time is a string in the docs and a number in the SDK's types, and is not read.
 */
export const feishuBotMenuEventSchema = z.looseObject({
  operator: z.looseObject({ operator_id: z.looseObject({ open_id: id }) }),
  event_key: text.min(1).max(255),
});
