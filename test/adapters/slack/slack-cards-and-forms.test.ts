import { afterEach, describe, expect, it } from 'vitest';
import type { Card } from '../../../cards/card.ts';
import { reply } from '../../../src/core/context.ts';
import type { Bot } from '../../../src/core/handle-event.ts';
import { createTestDb } from '../../helpers/db.ts';
import { blocksText, buttonsOf, type SlackService, slackUsers, startSlackService } from './slack-harness.ts';
import {
  blockActions,
  channelMention,
  directMessage,
  postToSlackRoute,
  viewSubmission,
} from './slack-payloads.ts';

const logVisit = '记录拜访 华为 今天和张总聊了报价，下周二跟进';
let service: SlackService | undefined;
afterEach(async () => {
  await service?.stop();
  service = undefined;
});

/** Logs a visit as 张伟 in `channel` and returns the posted visit card with its Slack ts. */
async function postVisitCard(s: SlackService, channel: 'D_ZHANG' | 'C_SALES') {
  const event = channel === 'D_ZHANG' ? directMessage(logVisit) : channelMention(logVisit, { channel });
  await postToSlackRoute(s.base, event);
  await s.settle();
  const post = s.api
    .callsTo('chat.postMessage')
    .find((call) => String(call.body.text).startsWith('已记录拜访'))!;
  const ts = s.api.calls.length > 0 ? await sentTs(s, post.body) : '';
  return { post, ts, buttons: buttonsOf(post.body) };
}

/** The ts Slack gave the message, as the outbox stored it ("channel/ts"). */
async function sentTs(s: SlackService, body: Record<string, unknown>): Promise<string> {
  const row = await s.db.outboxMessage.findFirstOrThrow({
    where: { status: 'sent', body: { contains: String(body.text) } },
    orderBy: { id: 'asc' },
  });
  return row.ref!.split('/')[1]!;
}

describe('Slack: buttons and forms', () => {
  it('a button press changes the database and updates the message it came from', async () => {
    service = await startSlackService();
    const { ts, buttons } = await postVisitCard(service, 'D_ZHANG');
    const visit = await service.lastVisit();
    const undo = buttons.find((button) => button.action_id.startsWith('visit.undo'))!;
    const press = blockActions({ user: slackUsers.zhang, channel: 'D_ZHANG', messageTs: ts, button: undo });
    expect((await postToSlackRoute(service.base, press)).status).toBe(200);
    await service.settle();
    expect(await service.db.visit.findUnique({ where: { id: visit.id } })).toBeNull();
    const [update] = service.api.callsTo('chat.update');
    expect(update!.body).toMatchObject({ channel: 'D_ZHANG', ts });
    expect(blocksText(update!.body)).toContain('撤销');
    expect(blocksText(update!.body)).toContain('张伟');
  });

  it('a card action by someone without permission is refused privately and changes nothing', async () => {
    service = await startSlackService();
    const { ts, buttons } = await postVisitCard(service, 'C_SALES');
    const visit = await service.lastVisit();
    const undo = buttons.find((button) => button.action_id.startsWith('visit.undo'))!;
    await postToSlackRoute(
      service.base,
      blockActions({ user: slackUsers.li, channel: 'C_SALES', messageTs: ts, button: undo }),
    );
    await service.settle();
    expect(await service.db.visit.findUnique({ where: { id: visit.id } })).not.toBeNull();
    expect(service.api.callsTo('chat.update')).toHaveLength(0);
    const [refusal] = service.api.callsTo('chat.postEphemeral');
    expect(refusal!.body).toMatchObject({ channel: 'C_SALES', user: slackUsers.li });
  });

  it('Edit opens a modal; a bad date is shown beside its field and nothing is stored; a good one saves', async () => {
    service = await startSlackService();
    const { ts, buttons } = await postVisitCard(service, 'D_ZHANG');
    const visit = await service.lastVisit();
    const edit = buttons.find((button) => button.action_id.startsWith('visit.edit'))!;
    await postToSlackRoute(
      service.base,
      blockActions({ user: slackUsers.zhang, channel: 'D_ZHANG', messageTs: ts, button: edit }),
    );
    // views.open is called right after the ack, so the press has been answered before it lands.
    for (let i = 0; i < 100 && service.api.callsTo('views.open').length === 0; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 10));
    const [open] = service.api.callsTo('views.open');
    const view = open!.body.view as {
      title: { text: string };
      private_metadata: string;
      callback_id: string;
      blocks: { block_id: string }[];
    };
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.blocks.map((block) => block.block_id)).toEqual(['summary', 'nextStep', 'followUpDate']);
    const inbound = await service.db.inboundEvent.count();

    const bad = await postToSlackRoute(
      service.base,
      viewSubmission({
        user: slackUsers.zhang,
        view,
        values: { summary: '改过的纪要', nextStep: '', followUpDate: '下下下个猴年' },
      }),
    );
    expect(bad.status).toBe(200);
    expect(bad.json).toMatchObject({
      response_action: 'errors',
      errors: { followUpDate: expect.stringContaining('看不懂日期') },
    });
    await service.settle();
    expect(await service.db.inboundEvent.count()).toBe(inbound);
    expect((await service.db.visit.findUniqueOrThrow({ where: { id: visit.id } })).summary).toBe(
      visit.summary,
    );

    const good = await postToSlackRoute(
      service.base,
      viewSubmission({
        user: slackUsers.zhang,
        view,
        values: { summary: '改过的纪要', nextStep: '', followUpDate: '2026-12-10' },
        hash: 'h2',
      }),
    );
    expect(good.text).toBe('');
    await service.settle();
    expect((await service.db.visit.findUniqueOrThrow({ where: { id: visit.id } })).summary).toBe(
      '改过的纪要',
    );
    const [update] = service.api.callsTo('chat.update');
    expect(update!.body).toMatchObject({ channel: 'D_ZHANG', ts });
    expect(blocksText(update!.body)).toContain('改过的纪要');
  });

  it('a card too long for one message is split; "show more" posts the rest, once', async () => {
    const { db } = await createTestDb();
    const long: Card = {
      tone: 'info',
      title: 'Long report',
      sections: Array.from({ length: 80 }, (_, i) => ({ text: `line ${i} ${'x'.repeat(400)}` })),
      buttons: [],
    };
    const bot: Bot = { handle: async () => ({ ...reply([long]), locale: 'en' }) };
    service = await startSlackService({ db, bot });
    await postToSlackRoute(service.base, directMessage('report please', { user: 'U_X', channel: 'D_X' }));
    await service.settle();
    const [first] = service.api.callsTo('chat.postMessage');
    expect((first!.body.blocks as unknown[]).length).toBeLessThanOrEqual(50);
    const more = buttonsOf(first!.body).find((button) => button.action_id === 'slack.more')!;
    expect(more.text).toBe('Show more');
    const shown = () =>
      service!.api
        .callsTo('chat.postMessage')
        .map((call) => blocksText(call.body))
        .join('');
    expect(shown()).not.toContain('line 79 ');
    const press = blockActions({ user: 'U_X', channel: 'D_X', messageTs: '1.1', button: more });
    await postToSlackRoute(service.base, press);
    await postToSlackRoute(service.base, press);
    await service.settle();
    for (let page = 0; page < 10 && !shown().includes('line 79 '); page += 1) {
      const calls = service.api.callsTo('chat.postMessage');
      const next = buttonsOf(calls[calls.length - 1]!.body).find(
        (button) => button.action_id === 'slack.more',
      );
      if (!next) break;
      await postToSlackRoute(
        service.base,
        blockActions({ user: 'U_X', channel: 'D_X', messageTs: '1.2', button: next, actionTs: `2.${page}` }),
      );
      await service.settle();
    }
    for (let i = 0; i < 80; i += 1) expect(shown().split(`line ${i} `).length - 1).toBe(1);
  });
});
