import type { Logger } from '../../logger.ts';
import type { InboundQueue } from '../shared/inbound-queue.ts';
import type { CardResponder } from './create-card-responder.ts';
import type { CardCallbackResponse } from './feishu-toast.ts';
import type { FeishuInbound } from './handle-feishu-inbound.ts';
import { readBotMenu } from './read-bot-menu.ts';
import { readCardAction } from './read-card-action.ts';
import { readFeishuMessage } from './read-feishu-message.ts';

/** What became of a verified event: taken (or knowingly ignored), or refused for its shape. */
export type Intake<T = undefined> = { ok: true; response: T } | { ok: false; problem: string };

export interface FeishuIntake {
  /** `im.message.receive_v1`: recorded (once per event_id) and queued; resolves when it may be acked. */
  message(eventId: string, event: Record<string, unknown>): Promise<Intake>;
  /** `card.action.trigger`: the callback's response body. */
  cardAction(event: Record<string, unknown>, eventId?: string): Promise<Intake<CardCallbackResponse>>;
  /** `application.bot.menu_v6`: recorded (once per event_id) and queued, like a message. */
  menu(eventId: string, event: Record<string, unknown>): Promise<Intake>;
}

/**
 * What webhooks and the long connection share once a request is verified (or came over the socket).
 * A payload that fails its schema is logged (the problem, never the body) and nothing reaches the core.
 */
export function createFeishuIntake(deps: {
  queue: InboundQueue<FeishuInbound>;
  responder: CardResponder;
  findBotOpenId(): Promise<string | undefined>;
  logger: Logger;
}): FeishuIntake {
  const refuse = (problem: string) => {
    deps.logger.warn({ problem }, 'feishu payload refused');
    return { ok: false as const, problem };
  };
  return {
    async message(eventId, event) {
      const read = readFeishuMessage(event, await deps.findBotOpenId());
      if (read.kind === 'invalid') return refuse(read.problem);
      if (read.kind === 'ignored') {
        deps.logger.debug({ eventId, reason: read.reason }, 'feishu message ignored');
        return { ok: true, response: undefined };
      }
      // Feishu re-pushes an event it thinks we missed for ~7 h; the record keyed on event_id stops it.
      const fresh = await deps.queue.accept(eventId, read.message);
      if (!fresh) deps.logger.info({ eventId }, 'feishu redelivery ignored');
      return { ok: true, response: undefined };
    },
    async menu(eventId, event) {
      const read = readBotMenu(event);
      if (read.kind === 'invalid') return refuse(read.problem);
      if (!(await deps.queue.accept(eventId, read.press)))
        deps.logger.info({ eventId }, 'feishu redelivery ignored');
      return { ok: true, response: undefined };
    },
    async cardAction(event, eventId) {
      const read = readCardAction(event, eventId);
      if (read.kind === 'invalid') return refuse(read.problem);
      if (read.kind === 'ignored') return { ok: true, response: {} };
      return { ok: true, response: await deps.responder.respond(read.action) };
    },
  };
}
