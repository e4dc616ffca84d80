import type { WebClient } from '@slack/web-api';
import type { StoredMessage } from '../../db/outbox.ts';
import type { Logger } from '../../logger.ts';
import type { SendContext, SendMessage, SendOutcome } from '../shared/outbox-worker.ts';
import { classifyResponseUrlStatus, classifySlackError } from './classify-slack-error.ts';
import { findPostedCopy, outboxMetadata } from './find-posted-copy.ts';
import type { SlackBlock } from './render-blocks.ts';

/** The bodies the Slack adapter stores in the outbox, by op. */
export type SlackRequest =
  | { op: 'post'; body: { channel: string; text: string; blocks: SlackBlock[]; thread_ts?: string } }
  | { op: 'update'; body: { channel: string; ts: string; text: string; blocks: SlackBlock[] } }
  | {
      op: 'ephemeral';
      body: { channel: string; user: string; text: string; blocks: SlackBlock[]; thread_ts?: string };
    }
  | {
      op: 'respond';
      body: {
        url: string;
        text: string;
        blocks: SlackBlock[];
        response_type?: 'ephemeral' | 'in_channel';
        replace_original?: boolean;
      };
    };

/** Where Slack's response_urls live (commercial and GovSlack): no other host is ever called. */
const slackHookOrigins = ['https://hooks.slack.com', 'https://hooks.slack-gov.com'];

/**
 * Sends the Slack outbox: chat.postMessage, chat.update, chat.postEphemeral and response_url answers.
 * A post of a card sent before under the same key updates that message instead. `ref` is
 * "channel/ts", since a direct message is posted to a user id but updated in its D… channel.
 * Each post carries its outbox id in the message metadata; when an earlier attempt may have landed,
 * the conversation is searched for it first, so a crash between posting and recording never shows
 * a card twice. (Ephemeral messages and response_url answers cannot be looked up: they are resent.)
 */
export function createSlackSender(deps: {
  client: WebClient;
  fetch?: typeof fetch;
  /** Origins beside Slack's own that response_urls may point at (the SLACK_API_URL stand-in in tests). */
  hookOrigins?: string[];
  logger?: Logger;
}): SendMessage {
  const fetchFn = deps.fetch ?? fetch;
  const hookOrigins = new Set([...slackHookOrigins, ...(deps.hookOrigins ?? [])]);
  /** The earlier copy as a delivery; a retry when Slack cannot be asked now; null to post. */
  async function lookForCopy(
    message: StoredMessage,
    body: { channel: string; thread_ts?: string },
    since: Date,
  ): Promise<SendOutcome | null> {
    try {
      const copy = await findPostedCopy(deps.client, {
        channel: body.channel,
        ...(body.thread_ts ? { threadTs: body.thread_ts } : {}),
        outboxId: message.id,
        since,
      });
      return copy ? { kind: 'sent', ref: copy } : null;
    } catch (error) {
      const outcome = classifySlackError(error);
      if (outcome.kind === 'retry') return outcome;
      // The history cannot be read here (a scope the app was installed without, a channel the bot is
      // not in): a rare duplicate is better than a lost message.
      deps.logger?.warn(
        { messageId: message.id, reason: outcome.reason },
        'could not look for an earlier copy: posting again',
      );
      return null;
    }
  }

  return async (message: StoredMessage, context: SendContext): Promise<SendOutcome> => {
    const request = { op: message.op, body: message.body } as SlackRequest;
    if (request.op === 'respond') {
      const origin = originOf(request.body.url);
      if (!origin || !hookOrigins.has(origin)) {
        // Never called: a response_url comes in a request body, and only Slack's hosts are trusted.
        deps.logger?.warn(
          { messageId: message.id, host: origin ?? 'unreadable' },
          'response_url outside Slack refused',
        );
        return { kind: 'failed', reason: 'response_url_not_slack' };
      }
      return respond(fetchFn, request.body);
    }
    try {
      switch (request.op) {
        case 'post': {
          const sent = message.cardKey ? await context.findSentCard(message.cardKey) : null;
          if (sent) {
            const [channel, ts] = splitRef(sent.ref);
            if (channel && ts) {
              const updated = await tryUpdate(deps.client, { ...request.body, channel, ts });
              if (updated) return updated;
            }
          }
          if (message.maybeSentAt) {
            const copy = await lookForCopy(message, request.body, message.maybeSentAt);
            if (copy) return copy;
          }
          const result = await deps.client.chat.postMessage({
            ...request.body,
            metadata: outboxMetadata(message.id),
          });
          return { kind: 'sent', ref: `${result.channel}/${result.ts}` };
        }
        case 'update': {
          const result = await deps.client.chat.update(request.body);
          return {
            kind: 'sent',
            ref: `${result.channel ?? request.body.channel}/${result.ts ?? request.body.ts}`,
          };
        }
        case 'ephemeral': {
          const result = await deps.client.chat.postEphemeral(request.body);
          return { kind: 'sent', ref: `${request.body.channel}/${result.message_ts}` };
        }
        default:
          return { kind: 'failed', reason: `unknown op ${message.op}` };
      }
    } catch (error) {
      return classifySlackError(error);
    }
  };
}

/** Updates the card in place; null when that message is gone (deleted), so a new one is posted. */
async function tryUpdate(
  client: WebClient,
  body: { channel: string; ts: string; text: string; blocks: SlackBlock[] },
): Promise<SendOutcome | null> {
  try {
    const result = await client.chat.update({
      channel: body.channel,
      ts: body.ts,
      text: body.text,
      blocks: body.blocks,
    });
    return { kind: 'sent', ref: `${result.channel ?? body.channel}/${result.ts ?? body.ts}` };
  } catch (error) {
    const outcome = classifySlackError(error);
    return outcome.kind === 'failed' ? null : outcome;
  }
}

async function respond(
  fetchFn: typeof fetch,
  body: Extract<SlackRequest, { op: 'respond' }>['body'],
): Promise<SendOutcome> {
  const { url, ...payload } = body;
  try {
    const response = await fetchFn(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    return classifyResponseUrlStatus(response.status, response.headers.get('retry-after'));
  } catch {
    // The network failed before Slack answered: back off and try again.
    return { kind: 'retry', reason: 'network_error' };
  }
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    // Not a URL at all: refused like a foreign host.
    return undefined;
  }
}

function splitRef(ref: string): [string | undefined, string | undefined] {
  const at = ref.indexOf('/');
  return at < 0 ? [undefined, undefined] : [ref.slice(0, at), ref.slice(at + 1)];
}
