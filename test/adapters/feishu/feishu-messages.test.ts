import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../../src/core/handle-event.ts';
import { timeZone } from '../../helpers/bot.ts';
import {
  botOpenId,
  cardActionEvent,
  findButtonValue,
  type MessageOptions,
  messageEvent,
} from './fixtures.ts';
import { type FeishuHarness, startFeishuHarness } from './harness.ts';

let h: FeishuHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const logVisitText = '记录拜访 华为 今天和张总聊了报价，下周二跟进';

function message(harness: FeishuHarness, options: MessageOptions) {
  return messageEvent({ createTime: harness.now(), ...options });
}

function headerTitle(card: Record<string, unknown>): string {
  return String((card.header as { title: { content: string } }).title.content);
}

describe('Feishu messages', () => {
  it('a p2p text logs a visit and sends an interactive card to the chat', async () => {
    h = await startFeishuHarness();
    const response = await h.post('/feishu/events', message(h, { text: logVisitText }));
    expect(response).toEqual({ status: 200, body: {} });
    await h.settle();
    const visit = await h.db.visit.findFirstOrThrow({
      where: { originalText: logVisitText },
      include: { author: true },
    });
    expect(visit.author.name).toBe('张伟');
    const [sent] = h.fake.sends();
    expect(sent).toMatchObject({ kind: 'create', auth: 'Bearer t-1' });
    expect(sent!.query.get('receive_id_type')).toBe('chat_id');
    expect(sent!.body).toMatchObject({ receive_id: 'oc_p2p_zhang', msg_type: 'interactive' });
    expect(String(sent!.body.uuid)).toMatch(/^[0-9a-f-]{36}$/);
    expect(headerTitle(sent!.card)).toBe('已记录拜访：华为技术有限公司');
    expect(sent!.card).toMatchObject({ schema: '2.0', config: { update_multi: true } });
  });

  it('ignores a group message that does not mention the bot: nothing stored, nothing sent', async () => {
    h = await startFeishuHarness();
    const mentionsColleague = message(h, {
      chatType: 'group',
      text: `@_user_1 ${logVisitText}`,
      mentions: [{ key: '@_user_1', openId: 'ou_colleague', name: 'Tom' }],
    });
    expect((await h.post('/feishu/events', mentionsColleague)).status).toBe(200);
    expect(
      (await h.post('/feishu/events', message(h, { chatType: 'group', text: logVisitText }))).status,
    ).toBe(200);
    await h.settle();
    expect(await h.db.inboundEvent.count()).toBe(0);
    expect(await h.db.visit.count({ where: { originalText: { contains: '张总聊了报价' } } })).toBe(0);
    expect(h.fake.sends()).toEqual([]);
  });

  it('takes a group message that @-mentions the bot, strips the mention and replies in the thread', async () => {
    h = await startFeishuHarness();
    const event = message(h, {
      chatType: 'group',
      messageId: 'om_group_1',
      text: `@_user_1 ${logVisitText}`,
      mentions: [{ key: '@_user_1', openId: botOpenId, name: 'chatcrm' }],
    });
    await h.post('/feishu/events', event);
    await h.settle();
    expect(await h.db.visit.count({ where: { originalText: logVisitText } })).toBe(1);
    const [sent] = h.fake.sends();
    expect(sent).toMatchObject({ kind: 'reply', path: '/open-apis/im/v1/messages/om_group_1/reply' });
  });

  it('reads a rich-text (post) message', async () => {
    h = await startFeishuHarness();
    const content = {
      zh_cn: {
        title: '',
        content: [
          [
            { tag: 'text', text: '记录拜访 华为 ' },
            { tag: 'text', text: '今天和张总聊了报价，下周二跟进' },
          ],
        ],
      },
    };
    await h.post('/feishu/events', message(h, { messageType: 'post', content }));
    await h.settle();
    expect(await h.db.visit.count({ where: { originalText: logVisitText } })).toBe(1);
  });

  it('a redelivered event (same event_id) logs one visit and sends one card', async () => {
    h = await startFeishuHarness();
    const event = message(h, { text: logVisitText, eventId: 'ev_redelivered' });
    expect((await h.post('/feishu/events', event)).status).toBe(200);
    await h.settle();
    const firstTime = h.fake.sends().map((sent) => headerTitle(sent.card));
    expect(firstTime[0]).toBe('已记录拜访：华为技术有限公司');
    expect((await h.post('/feishu/events', event)).status).toBe(200);
    await h.settle();
    expect(await h.db.visit.count({ where: { originalText: logVisitText } })).toBe(1);
    expect(h.fake.sends().map((sent) => headerTitle(sent.card))).toEqual(firstTime);
  });

  it('refuses a bad signature with 401 and stores nothing', async () => {
    h = await startFeishuHarness();
    const response = await h.post('/feishu/events', message(h, { text: logVisitText }), {
      headers: { 'x-lark-signature': '0'.repeat(64) },
    });
    expect(response.status).toBe(401);
    await h.settle();
    expect(await h.db.inboundEvent.count()).toBe(0);
    expect(h.fake.sends()).toEqual([]);
  });

  it('with only a verification token, refuses a wrong token with 401 and stores nothing', async () => {
    h = await startFeishuHarness({ mode: 'token' });
    const forged = message(h, { text: logVisitText });
    (forged.header as { token: string }).token = 'not-the-token';
    expect((await h.post('/feishu/events', forged)).status).toBe(401);
    expect((await h.post('/feishu/events', message(h, { text: 'help' }))).status).toBe(200);
    await h.settle();
    expect(await h.db.inboundEvent.count()).toBe(1);
  });

  it('answers the url_verification challenge, encrypted and plain', async () => {
    h = await startFeishuHarness();
    const challenge = {
      challenge: 'ajls384kdjx98XX',
      token: 'rvaYgkR9xdVrDXpbZ0sEd1NsKbfw7Gbj',
      type: 'url_verification',
    };
    expect(await h.post('/feishu/events', challenge)).toEqual({
      status: 200,
      body: { challenge: 'ajls384kdjx98XX' },
    });
    await h.close();
    h = await startFeishuHarness({ mode: 'token' });
    expect(await h.post('/feishu/cards', challenge)).toEqual({
      status: 200,
      body: { challenge: 'ajls384kdjx98XX' },
    });
  });

  it('a stale burst after a reconnect is not acted on: the sender is asked to confirm, then it runs', async () => {
    h = await startFeishuHarness();
    const sentAt = new Date(h.now().getTime() - 15 * 60_000);
    await h.post(
      '/feishu/events',
      message(h, { text: logVisitText, createTime: sentAt, messageId: 'om_old' }),
    );
    await h.post('/feishu/events', message(h, { text: '完成 #1', createTime: sentAt }));
    await h.settle();
    expect(await h.db.visit.count({ where: { originalText: logVisitText } })).toBe(0);
    const lateCards = h.fake.sends().map((sent) => sent.card);
    expect(lateCards.map(headerTitle)).toEqual([
      '这条消息到得太晚，还没有处理',
      '这条消息到得太晚，还没有处理',
    ]);
    const runButton = JSON.stringify(lateCards[0]);
    expect(runButton).toContain('message.run_late');
    const value = findButtonValue(lateCards[0]!, 'message.run_late');

    const stranger = await h.post(
      '/feishu/cards',
      cardActionEvent({ openId: 'ou_new', value, messageId: 'om_sent_1' }),
    );
    expect(stranger.body.toast).toMatchObject({ type: 'error' });
    expect(await h.db.visit.count({ where: { originalText: logVisitText } })).toBe(0);

    const confirmed = await h.post(
      '/feishu/cards',
      cardActionEvent({ openId: 'ou_zhang', value, messageId: 'om_sent_1' }),
    );
    expect(confirmed.body.toast).toMatchObject({ type: 'success' });
    expect(headerTitle((confirmed.body.card as { data: Record<string, unknown> }).data)).toBe(
      '已记录拜访：华为技术有限公司',
    );
    expect(await h.db.visit.count({ where: { originalText: logVisitText } })).toBe(1);
  });

  it('names a new colleague from the contact API, and falls back to the open_id when it refuses', async () => {
    h = await startFeishuHarness();
    await h.post('/feishu/events', message(h, { text: 'help', openId: 'ou_new', chatId: 'oc_p2p_new' }));
    await h.post('/feishu/events', message(h, { text: 'help', openId: 'ou_unlisted', chatId: 'oc_p2p_x' }));
    await h.settle();
    const names = await h.db.identity.findMany({
      where: { platform: 'feishu', externalId: { in: ['ou_new', 'ou_unlisted'] } },
      include: { person: true },
      orderBy: { externalId: 'asc' },
    });
    expect(names.map((identity) => identity.person.name)).toEqual(['陈新', 'ou_unlisted']);
  });

  it('customer details asked for in a group go to the asker in a direct message', async () => {
    h = await startFeishuHarness();
    await h.post(
      '/feishu/events',
      message(h, {
        chatType: 'group',
        text: '@_user_1 查一下 华为',
        mentions: [{ key: '@_user_1', openId: botOpenId, name: 'chatcrm' }],
      }),
    );
    await h.settle();
    const sends = h.fake.sends();
    expect(sends.length).toBeGreaterThan(0);
    for (const sent of sends) {
      expect(sent.query.get('receive_id_type')).toBe('open_id');
      expect(sent.body.receive_id).toBe('ou_zhang');
    }
  });

  it('processes at the next start an event recorded before the process died', async () => {
    h = await startFeishuHarness();
    await h.db.inboundEvent.create({
      data: {
        platform: 'feishu',
        eventId: 'ev_before_crash',
        status: 'received',
        receivedAt: h.now(),
        payload: JSON.stringify({
          type: 'message',
          messageId: 'om_crash',
          chatId: 'oc_p2p_zhang',
          chatKind: 'p2p',
          senderOpenId: 'ou_zhang',
          text: logVisitText,
          sentAt: h.now().getTime(),
        }),
      },
    });
    expect(await h.adapter.queue.recover()).toBe(1);
    await h.settle();
    expect(await h.db.visit.count({ where: { originalText: logVisitText } })).toBe(1);
    expect(headerTitle(h.fake.sends()[0]!.card)).toBe('已记录拜访：华为技术有限公司');
    expect((await h.db.inboundEvent.findFirstOrThrow({ where: { eventId: 'ev_before_crash' } })).status).toBe(
      'processed',
    );
  });

  it('a card press nested too deep to record is refused with a 4xx, and only it: the messages beside it are answered', async () => {
    h = await startFeishuHarness({ mode: 'token' });
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const press = JSON.stringify(
      cardActionEvent({ value: { action: 'followup.done', payload: '__deep__' } }),
    ).replace('"__deep__"', deep);
    const json = { 'content-type': 'application/json' };
    const texts = ['帮助', 'help', '帮助', 'help'];
    // Sent together, so that they are recorded in the same turn of the event loop.
    const [refused, ...answered] = await Promise.all([
      h.post('/feishu/cards', null, { raw: Buffer.from(press), headers: json }),
      ...texts.map((text) => h!.post('/feishu/events', message(h!, { text }))),
    ]);
    expect(answered.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    // The edge refuses it before it is recorded (an unsigned 100 KB body, or one nested too deep).
    expect(refused!.status).toBeGreaterThanOrEqual(400);
    expect(refused!.status).toBeLessThan(500);
    await h.settle();
    expect(await h.db.inboundEvent.count({ where: { status: 'processed' } })).toBe(4);
    expect(h.fake.sends()).toHaveLength(4);
  });

  it('an event whose visit was saved before the process died is not run again at the next start; its cards still arrive once', async () => {
    h = await startFeishuHarness();
    const payload = {
      type: 'message',
      messageId: 'om_saved',
      chatId: 'oc_p2p_zhang',
      chatKind: 'p2p',
      senderOpenId: 'ou_zhang',
      text: logVisitText,
      sentAt: h.now().getTime(),
    };
    await h.db.inboundEvent.create({
      data: {
        platform: 'feishu',
        eventId: 'ev_saved',
        status: 'received',
        receivedAt: h.now(),
        payload: JSON.stringify(payload),
      },
    });
    // The dead process got as far as the use case's commit: the visit is there, no reply was queued.
    const core = createBot({ db: h.db, logger: pino({ level: 'silent' }), now: h.now, timeZone });
    await core.handle({
      kind: 'message',
      eventId: 'ev_saved',
      sender: { platform: 'feishu', externalId: 'ou_zhang' },
      chat: { id: 'oc_p2p_zhang', kind: 'direct' },
      text: logVisitText,
    });
    expect(await h.adapter.queue.recover()).toBe(1);
    await h.settle();
    expect(await h.db.visit.count({ where: { originalText: logVisitText } })).toBe(1);
    const titles = h.fake.sends().map((sent) => headerTitle(sent.card));
    expect(titles).toHaveLength(2);
    expect(titles[0]).toBe('已记录拜访：华为技术有限公司');
    expect(titles[1]).toContain('会议纪要');
    expect((await h.db.inboundEvent.findFirstOrThrow({ where: { eventId: 'ev_saved' } })).status).toBe(
      'processed',
    );
  });
});
