import type { InboundQueue } from '../shared/inbound-queue.ts';
import { type CardCallbackResponse, feishuToast } from './feishu-toast.ts';
import type { FeishuInbound } from './handle-feishu-inbound.ts';
import type { FeishuCardAction } from './read-card-action.ts';

interface Waiter {
  state: 'waiting' | 'answered' | 'late';
  resolve(response: CardCallbackResponse): void;
}

export interface CardResponder {
  /** Records the press, runs it, and answers within the budget: the new card inline, or a toast. */
  respond(action: FeishuCardAction): Promise<CardCallbackResponse>;
  /**
   * For the processor once the core has answered: a function that puts the answer in the callback
   * response, or null when the callback was answered already (late, or recovered after a restart).
   */
  claim(eventId: string): ((response: CardCallbackResponse) => void) | null;
}

/**
 * Feishu waits 3 s for a card callback. The press is recorded and queued like any event, and the
 * callback waits up to `budgetMs` for the core's answer; after that it answers with a toast and the
 * processor patches the card through the outbox instead.
 */
export function createCardResponder(deps: {
  queue: InboundQueue<FeishuInbound>;
  budgetMs: number;
}): CardResponder {
  const waiters = new Map<string, Waiter>();
  return {
    async respond(action) {
      // Feishu's 3 s run from the request, so the budget does too, recording the press included.
      const startedAt = performance.now();
      // The same press delivered again while the first is still being answered.
      if (waiters.has(action.dedupeKey)) return { toast: feishuToast('info', 'duplicate') };
      let resolve!: (response: CardCallbackResponse) => void;
      const answered = new Promise<CardCallbackResponse>((r) => {
        resolve = r;
      });
      const waiter: Waiter = { state: 'waiting', resolve };
      waiters.set(action.dedupeKey, waiter);
      try {
        if (!(await deps.queue.accept(action.dedupeKey, action)))
          return { toast: feishuToast('info', 'duplicate') };
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<null>((r) => {
          // Marked late in the same tick as the timeout, so a claim after it patches instead.
          timer = setTimeout(
            () => {
              if (waiter.state !== 'waiting') return;
              waiter.state = 'late';
              r(null);
            },
            Math.max(0, deps.budgetMs - (performance.now() - startedAt)),
          );
        });
        const response = await Promise.race([answered, late]);
        clearTimeout(timer);
        return response ?? { toast: feishuToast('info', 'working') };
      } finally {
        if (waiter.state === 'waiting') waiter.state = 'late';
        waiters.delete(action.dedupeKey);
      }
    },
    claim(eventId) {
      const waiter = waiters.get(eventId);
      if (waiter?.state !== 'waiting') return null;
      waiter.state = 'answered';
      return waiter.resolve;
    },
  };
}
