import { describe, expect, it } from 'vitest';
import { createCardResponder } from '../../../src/adapters/feishu/create-card-responder.ts';
import type { FeishuInbound } from '../../../src/adapters/feishu/handle-feishu-inbound.ts';
import type { InboundQueue } from '../../../src/adapters/shared/inbound-queue.ts';

describe('the card callback budget', () => {
  it('counts from the press, recording included: a slow record does not push the answer past it', async () => {
    // Recording the press takes 300 ms (a busy database); the core never answers.
    const queue: InboundQueue<FeishuInbound> = {
      accept: () => new Promise((resolve) => setTimeout(() => resolve(true), 300)),
      recover: async () => 0,
      drain: async () => {},
    };
    const responder = createCardResponder({ queue, budgetMs: 500 });
    const started = performance.now();
    const response = await responder.respond({
      type: 'card_action',
      dedupeKey: 'card:event:1',
      messageId: 'om_1',
      chatId: 'oc_1',
      operatorOpenId: 'ou_1',
      action: 'visit.undo',
      payload: {},
      values: {},
    });
    const elapsed = performance.now() - started;
    expect(response.toast).toMatchObject({ type: 'info' });
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(elapsed).toBeLessThan(650);
  });
});
