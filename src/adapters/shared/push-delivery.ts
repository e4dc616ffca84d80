import type { Card } from '../../../cards/card.ts';
import type { Db } from '../../db/client.ts';
import { enqueueMessages, type OutboxPlatform, type OutgoingMessage } from '../../db/outbox.ts';
import { findPushesFor, markPushDelivered, type PushTarget } from '../../db/push-deliveries.ts';
import type { Logger } from '../../logger.ts';
import type { OutboxWorker } from './outbox-worker.ts';

export interface PushDeliveryDeps {
  db: Db;
  logger: Logger;
  platform: OutboxPlatform;
  outbox: OutboxWorker;
  /** Renders a push's cards into the platform's messages (a direct message, or a post in a group chat). */
  toMessages(target: PushTarget, cards: Card[]): Promise<OutgoingMessage[]>;
  now?: () => Date;
  pollMs?: number;
}

export interface PushDelivery {
  start(): void;
  stop(): void;
  /** Moves the pushes waiting for this platform into its outbox; how many it moved. */
  deliverDue(): Promise<number>;
}

/**
 * Scheduled jobs record pushes for people and chats without knowing the platform; this moves them into
 * the platform's outbox. Each push is queued and marked delivered in one transaction, so it is sent once.
 */
export function createPushDelivery(deps: PushDeliveryDeps): PushDelivery {
  const now = deps.now ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let running = false;

  async function deliverDue(): Promise<number> {
    const pushes = await findPushesFor(deps.db, deps.platform, 100);
    for (const push of pushes) {
      const messages = await deps.toMessages(push.target, push.cards);
      await deps.db.$transaction(async (tx) => {
        if (await markPushDelivered(tx, push.id, now())) await enqueueMessages(tx, messages, now());
      });
    }
    if (pushes.length > 0) deps.outbox.wake();
    return pushes.length;
  }

  return {
    deliverDue,
    start() {
      running = true;
      const tick = () => {
        deliverDue()
          .catch((error: unknown) =>
            deps.logger.error({ err: error, platform: deps.platform }, 'push delivery failed'),
          )
          .finally(() => {
            if (!running) return;
            timer = setTimeout(tick, deps.pollMs ?? 2000);
            timer.unref();
          });
      };
      tick();
    },
    stop() {
      running = false;
      clearTimeout(timer);
    },
  };
}
