import type { WebClient } from '@slack/web-api';

/** The metadata every outbox post carries, so that a copy of it can be found in the conversation. */
export const outboxEventType = 'chatcrm_outbox';

export function outboxMetadata(outboxId: number) {
  return { event_type: outboxEventType, event_payload: { outbox_id: outboxId } };
}

/** A copy the window before the earliest uncertain attempt also covers clock skew with Slack. */
const marginMs = 60_000;
/** Messages looked at, at most: the window is short (a restart), so a few pages cover it. */
const pageSize = 100;
const maxPages = 3;

/**
 * Looks for a message this outbox row already posted: an attempt whose outcome is unknown (the process
 * died or the call timed out mid-way) may have reached Slack. Slack has no idempotency key, so each post
 * carries the row's id in its metadata and the conversation's recent history (or the thread's replies)
 * is searched for it. Returns "channel/ts" of the copy, or null. Throws what the Web API throws.
 */
export async function findPostedCopy(
  client: WebClient,
  target: { channel: string; threadTs?: string; outboxId: number; since: Date },
): Promise<string | null> {
  const channel = await historyChannelOf(client, target.channel);
  const oldest = ((target.since.getTime() - marginMs) / 1000).toFixed(6);
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const query = {
      channel,
      oldest,
      limit: pageSize,
      include_all_metadata: true,
      ...(cursor ? { cursor } : {}),
    };
    const result = target.threadTs
      ? await client.conversations.replies({ ...query, ts: target.threadTs })
      : await client.conversations.history(query);
    const copy = (result.messages ?? []).find(
      (message) =>
        message.metadata?.event_type === outboxEventType &&
        String((message.metadata.event_payload as Record<string, unknown> | undefined)?.outbox_id) ===
          String(target.outboxId),
    );
    if (copy?.ts) return `${channel}/${copy.ts}`;
    cursor = result.response_metadata?.next_cursor || undefined;
    if (!cursor) return null;
  }
  return null;
}

/**
 * A post to a user id lands in the bot's direct-message channel with them, whose history is read.
 * conversations.open needs im:write, which the manifest no longer asks for: Slack then answers
 * missing_scope and the sender posts again (a rare duplicate rather than a lost message).
 */
async function historyChannelOf(client: WebClient, channel: string): Promise<string> {
  if (!/^[UW]/.test(channel)) return channel;
  const opened = await client.conversations.open({ users: channel });
  return opened.channel?.id ?? channel;
}
