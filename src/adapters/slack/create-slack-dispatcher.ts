import { checkFormValues } from '../../core/check-form-values.ts';
import type { Logger } from '../../logger.ts';
import type { InboundQueue } from '../shared/inbound-queue.ts';
import { readSlackDelivery } from './read-slack-delivery.ts';
import { buildFormModal } from './slack-form-modal.ts';
import { isDirectChannel, type SlackInbound } from './slack-inbound.ts';

/** Bolt's ReceiverEvent, as both our HTTP route and Bolt's SocketModeReceiver hand it over. */
export interface SlackReceiverEvent {
  body: Record<string, unknown>;
  ack: (response?: unknown) => Promise<void>;
  retryNum?: number;
  retryReason?: string;
  /**
   * Answers a body that fails its schema (our HTTP route: 400). Without it (Socket Mode) the delivery
   * is acked, so Slack does not send it again, and dropped.
   */
  refuse?: (problem: string) => Promise<void>;
}

export interface SlackDispatcher {
  processEvent(event: SlackReceiverEvent): Promise<void>;
}

/**
 * The one entry for Slack deliveries, whatever the transport: record, acknowledge, and let the queue
 * do the work. Two things answer before the ack: a form with a bad field (its errors go back in the
 * ack, within Slack's 3 seconds) and a button that opens a form (views.open right after the ack,
 * since its trigger_id expires in 3 seconds).
 */
export function createSlackDispatcher(deps: {
  queue: InboundQueue<SlackInbound>;
  openModal(triggerId: string, view: ReturnType<typeof buildFormModal>): Promise<void>;
  logger: Logger;
  now: () => Date;
  timeZone: string;
}): SlackDispatcher {
  return {
    async processEvent({ body, ack, retryNum, refuse }) {
      const delivery = readSlackDelivery(body);
      switch (delivery.kind) {
        case 'invalid':
          deps.logger.warn({ problem: delivery.problem }, 'slack payload refused');
          return refuse ? refuse(delivery.problem) : ack();
        case 'challenge':
          return ack({ challenge: delivery.challenge });
        case 'ignore':
          return ack();
        case 'accept': {
          const fresh = await deps.queue.accept(delivery.id, delivery.inbound);
          if (!fresh) deps.logger.debug({ eventId: delivery.id, retryNum }, 'slack redelivery ignored');
          return ack();
        }
        case 'open_form': {
          await ack();
          const { inbound } = delivery;
          const view = buildFormModal(
            { label: delivery.label, value: delivery.value },
            {
              channel: inbound.channel,
              ...(inbound.threadTs ? { threadTs: inbound.threadTs } : {}),
              origin: inbound.origin,
            },
          );
          return deps
            .openModal(delivery.triggerId, view)
            .catch((error: unknown) =>
              deps.logger.warn({ err: error, action: delivery.value.a }, 'could not open the Slack form'),
            );
        }
        case 'submit_form': {
          const { form } = delivery;
          // Checked before the ack so the errors show beside the fields (response_action: errors).
          const errors = checkFormValues(form.fields, form.values, {
            now: deps.now(),
            timeZone: deps.timeZone,
            locale: form.locale,
          });
          if (Object.keys(errors).length > 0) return ack({ response_action: 'errors', errors });
          await deps.queue.accept(delivery.id, {
            kind: 'action',
            user: delivery.user,
            channel: form.channel,
            direct: isDirectChannel(form.channel),
            ...(form.threadTs ? { threadTs: form.threadTs } : {}),
            action: form.action,
            payload: form.payload,
            values: form.values,
            origin: form.origin,
          });
          return ack();
        }
      }
    },
  };
}
