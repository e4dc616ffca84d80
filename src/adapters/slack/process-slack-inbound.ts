import type { Bot } from '../../core/handle-event.ts';
import type { Attachment, BotEvent } from '../../core/types.ts';
import type { Db } from '../../db/client.ts';
import { releaseHeldMessage } from '../../db/held-messages.ts';
import type { InboundWork } from '../shared/inbound-queue.ts';
import type { OutboxWorker } from '../shared/outbox-worker.ts';
import type { SlackPeople } from './create-slack-people.ts';
import { planSlackReply } from './plan-slack-reply.ts';
import type { SlackHome } from './slack-home.ts';
import type { SlackFile, SlackInbound } from './slack-inbound.ts';

/** The work after the acknowledgement: the core's answer to one recorded delivery, into the outbox. */
export function createSlackProcessor(deps: {
  db: Db;
  bot: Bot;
  people: SlackPeople;
  outbox: OutboxWorker;
  /** Fetches a file shared with a message (after the ack: Slack's 3 seconds are not enough for it). */
  download: (file: SlackFile) => Promise<Attachment>;
  home: SlackHome;
}): (inbound: SlackInbound, work: InboundWork) => Promise<void> {
  return async (inbound, { eventId, recovered, complete }) => {
    if (inbound.kind === 'more') {
      if (await releaseHeldMessage(deps.db, 'slack', inbound.heldId, new Date())) deps.outbox.wake();
      return;
    }
    const displayName = await deps.people.displayNameOf(inbound.user);
    const sender = {
      platform: 'slack' as const,
      externalId: inbound.user,
      ...(displayName ? { displayName } : {}),
    };
    if (inbound.kind === 'home') {
      await deps.home.draw(sender, eventId);
      await complete([]);
      return;
    }
    if (inbound.kind === 'action' && inbound.fromHome) deps.home.seen(inbound.user);
    const chat = { id: inbound.channel, kind: inbound.direct ? ('direct' as const) : ('group' as const) };
    const again = recovered ? { recovered: true } : {};
    const event: BotEvent =
      inbound.kind === 'action'
        ? {
            kind: 'action',
            eventId,
            ...again,
            sender,
            chat,
            action: inbound.action,
            payload: inbound.payload,
            values: inbound.values,
          }
        : {
            kind: 'message',
            eventId,
            ...again,
            sender,
            chat,
            text: inbound.text,
            ...(inbound.kind === 'message' && inbound.file
              ? { attachment: await deps.download(inbound.file) }
              : {}),
          };
    const reply = await deps.bot.handle(event);
    const messages = await planSlackReply(
      deps.db,
      reply,
      {
        channel: inbound.channel,
        user: inbound.user,
        direct: inbound.direct,
        ...(inbound.threadTs ? { threadTs: inbound.threadTs } : {}),
        ...(inbound.kind === 'action' ? { origin: inbound.origin } : {}),
        ...(inbound.kind === 'command' ? { commandResponseUrl: inbound.responseUrl } : {}),
        ...(inbound.kind === 'action' && inbound.replyUrl ? { commandResponseUrl: inbound.replyUrl } : {}),
      },
      new Date(),
    );
    // The reply is queued in the same transaction that marks the event processed.
    await complete(messages);
    deps.outbox.wake();
    // What the person just did (a visit logged, a follow-up done) shows on their Home at once.
    if (!reply.refused) await deps.home.refresh(sender, eventId);
  };
}
