import type { WebClient } from '@slack/web-api';
import type { StoredMessage } from '../../db/outbox.ts';
import type { SendContext, SendMessage, SendOutcome } from '../shared/outbox-worker.ts';
import { classifyResponseUrlStatus, classifySlackError } from './classify-slack-error.ts';
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

/**
 * Sends the Slack outbox: chat.postMessage, chat.update, chat.postEphemeral and response_url answers.
 * A post of a card sent before under the same key updates that message instead. `ref` is
 * "channel/ts", since a direct message is posted to a user id but updated in its D… channel.
 */
export function createSlackSender(deps: { client: WebClient; fetch?: typeof fetch }): SendMessage {
  const fetchFn = deps.fetch ?? fetch;
  return async (message: StoredMessage, context: SendContext): Promise<SendOutcome> => {
    const request = { op: message.op, body: message.body } as SlackRequest;
    if (request.op === 'respond') return respond(fetchFn, request.body);
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
          const result = await deps.client.chat.postMessage(request.body);
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

function splitRef(ref: string): [string | undefined, string | undefined] {
  const at = ref.indexOf('/');
  return at < 0 ? [undefined, undefined] : [ref.slice(0, at), ref.slice(at + 1)];
}
