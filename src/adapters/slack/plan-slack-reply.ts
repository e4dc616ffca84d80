import { createHash } from 'node:crypto';
import type { Card } from '../../../cards/card.ts';
import type { LocalizedReply, Reply } from '../../core/types.ts';
import type { Db } from '../../db/client.ts';
import { holdMessage } from '../../db/held-messages.ts';
import type { OutgoingMessage } from '../../db/outbox.ts';
import type { Locale } from '../../domain/people.ts';
import type { SlackRequest } from './create-slack-sender.ts';
import { renderSlackPages, type SlackPage, withMoreButton } from './render-blocks.ts';
import type { SlackOrigin } from './slack-inbound.ts';

/** Where an answer goes: the conversation it was asked in, and how it was asked. */
export interface SlackReplyTarget {
  channel: string;
  user: string;
  direct: boolean;
  threadTs?: string;
  /** The message a button or form came from. */
  origin?: SlackOrigin;
  /** A slash command is answered through its response_url: the bot need not be in the channel. */
  commandResponseUrl?: string;
}

type Route = 'post' | 'update' | 'replace' | 'ephemeral' | 'command' | 'command_private' | 'respond_private';

/**
 * The core's reply as Slack outbox messages. Private answers in a shared channel go to the asker only
 * (ephemeral); `replaceOriginal` updates the message the action came from (chat.update, or the
 * response_url for an ephemeral one); anything else is posted in the conversation (in its thread).
 * Pages after the first of a long card are held until someone presses "show more".
 */
export async function planSlackReply(
  db: Db,
  reply: LocalizedReply,
  target: SlackReplyTarget,
  now: Date,
): Promise<OutgoingMessage[]> {
  const messages: OutgoingMessage[] = [];
  for (const [index, card] of reply.cards.entries()) {
    const route = chooseRoute(reply, target, index === 0);
    messages.push(await planCard(db, card, route, target, now, reply.locale));
  }
  return messages;
}

function chooseRoute(reply: Reply, target: SlackReplyTarget, first: boolean): Route {
  const origin = target.origin;
  if (first && reply.replaceOriginal && origin) {
    if (!origin.ephemeral && origin.ts) return 'update';
    if (origin.responseUrl) return 'replace';
  }
  const secret = reply.private && !target.direct;
  if (target.commandResponseUrl) return secret ? 'command_private' : 'command';
  if (secret) return 'ephemeral';
  return 'post';
}

/** Cards to a person or a chat without a question before them (pushes): posted, or updated by key. */
export async function planSlackPush(
  db: Db,
  cards: Card[],
  conversation: string,
  now: Date,
  locale: Locale,
): Promise<OutgoingMessage[]> {
  const target: SlackReplyTarget = { channel: conversation, user: conversation, direct: true };
  return Promise.all(cards.map((card) => planCard(db, card, 'post', target, now, locale)));
}

async function planCard(
  db: Db,
  card: Card,
  route: Route,
  target: SlackReplyTarget,
  now: Date,
  locale: Locale,
): Promise<OutgoingMessage> {
  const pages = renderSlackPages(card, locale);
  // Hold the pages from the last to the second, so each page's button can name the next one.
  let next: number | undefined;
  for (let i = pages.length - 1; i >= 1; i -= 1) {
    const page = next === undefined ? pages[i]! : withMoreButton(pages[i]!, next, locale);
    next = await holdMessage(db, toMessage(page, continuationRoute(route), target), now);
  }
  const first = next === undefined ? pages[0]! : withMoreButton(pages[0]!, next, locale);
  return {
    ...toMessage(first, route, target),
    ...(card.key && route === 'post' ? { cardKey: card.key } : {}),
  };
}

/** The rest of an updated or replaced card is posted beside it, as privately as the card. */
function continuationRoute(route: Route): Route {
  if (route === 'update') return 'post';
  if (route === 'replace') return 'respond_private';
  return route;
}

function toMessage(page: SlackPage, route: Route, target: SlackReplyTarget): OutgoingMessage {
  const thread = target.threadTs ? { thread_ts: target.threadTs } : {};
  const base = { platform: 'slack' as const, conversation: target.channel };
  switch (route) {
    case 'update':
      return { ...base, op: 'update', body: { channel: target.channel, ts: target.origin!.ts!, ...page } };
    case 'ephemeral':
      return {
        ...base,
        op: 'ephemeral',
        body: { channel: target.channel, user: target.user, ...page, ...thread },
      };
    case 'replace':
    case 'respond_private':
      return respond(
        base,
        page,
        target.origin!.responseUrl!,
        route === 'replace' ? { replace_original: true } : { response_type: 'ephemeral' },
      );
    case 'command':
    case 'command_private':
      return respond(base, page, target.commandResponseUrl!, {
        response_type: route === 'command' ? 'in_channel' : 'ephemeral',
      });
    default:
      return { ...base, op: 'post', body: { channel: target.channel, ...page, ...thread } };
  }
}

/**
 * A response_url answer queues in a lane of its own, per URL: it neither waits behind the channel's
 * posts (a dead response_url must not stall them) nor holds them up. The URL itself is a credential
 * for 30 minutes, so the lane is named by a hash of it.
 */
export function responseLaneOf(channel: string, url: string): string {
  return `${channel}:response_url:${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;
}

function respond(
  base: { platform: 'slack'; conversation: string },
  page: SlackPage,
  url: string,
  mode: { replace_original: true } | { response_type: 'ephemeral' | 'in_channel' },
): OutgoingMessage {
  const body: Extract<SlackRequest, { op: 'respond' }>['body'] = { url, ...page, ...mode };
  return { ...base, conversation: responseLaneOf(base.conversation, url), op: 'respond', body };
}
