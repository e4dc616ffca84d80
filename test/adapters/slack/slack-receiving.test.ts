import { afterEach, describe, expect, it } from 'vitest';
import { signSlackRequest } from '../../../src/adapters/slack/verify-slack-request.ts';
import { blocksText, buttonsOf, type SlackService, slackUsers, startSlackService } from './slack-harness.ts';
import {
  blockActions,
  channelMention,
  directMessage,
  postToSlackRoute,
  slashCommand,
} from './slack-payloads.ts';

const logVisit = '记录拜访 华为 今天和张总聊了报价，下周二跟进';
let service: SlackService | undefined;
afterEach(async () => {
  await service?.stop();
  service = undefined;
});

describe('Slack: receiving', () => {
  it('a direct message logs a visit and posts the visit card in that conversation', async () => {
    service = await startSlackService();
    const answer = await postToSlackRoute(service.base, directMessage(logVisit));
    expect(answer.status).toBe(200);
    await service.settle();
    expect(await service.visitsLogged()).toBe(1);
    const visit = await service.lastVisit();
    expect(visit.customer.name).toBe('华为技术有限公司');
    expect(visit.author.name).toBe('张伟');
    const [post] = service.api.callsTo('chat.postMessage');
    expect(post!.body.channel).toBe('D_ZHANG');
    expect(blocksText(post!.body)).toContain('华为技术有限公司');
  });

  it('an @mention in a channel works, with the mention stripped, and answers in the thread', async () => {
    service = await startSlackService();
    await postToSlackRoute(service.base, channelMention(logVisit, { threadTs: '1515449000.000001' }));
    await service.settle();
    expect(await service.visitsLogged()).toBe(1);
    const [post] = service.api.callsTo('chat.postMessage');
    expect(post!.body).toMatchObject({ channel: 'C123ABC456', thread_ts: '1515449000.000001' });
  });

  it('a redelivery (X-Slack-Retry-Num, same event_id) logs no second visit and posts no second reply', async () => {
    service = await startSlackService();
    const event = directMessage(logVisit, { eventId: 'Ev_ONCE' });
    expect((await postToSlackRoute(service.base, event)).status).toBe(200);
    expect((await postToSlackRoute(service.base, event, { retryNum: 1 })).status).toBe(200);
    await service.settle();
    expect((await postToSlackRoute(service.base, event, { retryNum: 2 })).status).toBe(200);
    await service.settle();
    expect(await service.visitsLogged()).toBe(1);
    const posted = service.api.callsTo('chat.postMessage').map((call) => call.body.text);
    expect(posted.filter((text) => String(text).startsWith('已记录拜访'))).toHaveLength(1);
    expect(new Set(posted).size).toBe(posted.length);
  });

  it('a button press whose value is nested too deep is dropped at the edge, and only it: the messages beside it are answered', async () => {
    service = await startSlackService();
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const press = blockActions({
      user: slackUsers.zhang,
      channel: 'D_ZHANG',
      messageTs: '1515449522.000016',
      button: { action_id: 'followup.done', value: `{"a":"followup.done","p":${deep}}` },
    });
    const base = service.base;
    // Sent together, so that they are recorded in the same turn of the event loop.
    const [refused, ...answered] = await Promise.all([
      postToSlackRoute(base, press),
      ...['帮助', 'help', '帮助', 'help'].map((text, n) =>
        postToSlackRoute(base, directMessage(text, { eventId: `Ev_BESIDE_${n}` })),
      ),
    ]);
    expect(answered.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    // Not a value of ours (it does not parse within the depth limit): acknowledged and not recorded.
    expect(refused!.status).toBe(200);
    await service.settle();
    expect(await service.db.inboundEvent.count({ where: { status: 'processed' } })).toBe(4);
  });

  it.each([
    ['a wrong signature', { signature: `v0=${'0'.repeat(64)}` }],
    ['a signature made with another secret', { secret: 'not-our-secret' }],
    ['a timestamp 6 minutes old', { timestamp: Math.floor(Date.now() / 1000) - 360 }],
    ['a timestamp 6 minutes in the future', { timestamp: Math.floor(Date.now() / 1000) + 360 }],
  ])('%s gets 401 and nothing is stored', async (_, options) => {
    service = await startSlackService();
    const answer = await postToSlackRoute(service.base, directMessage(logVisit), options);
    expect(answer.status).toBe(401);
    await service.settle();
    expect(await service.db.inboundEvent.count()).toBe(0);
    expect(await service.visitsLogged()).toBe(0);
    expect(service.api.calls).toHaveLength(0);
  });

  it('answers url_verification with the challenge, signed like any request', async () => {
    service = await startSlackService();
    const body = {
      token: 'x',
      challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
      type: 'url_verification',
    };
    expect((await postToSlackRoute(service.base, body)).json).toEqual({ challenge: body.challenge });
  });

  it("ignores the bot's own messages and other bots'", async () => {
    service = await startSlackService();
    const fromBot = directMessage(logVisit, { eventId: 'Ev_BOT' });
    Object.assign(fromBot.event, { bot_id: 'B111', subtype: 'bot_message' });
    expect((await postToSlackRoute(service.base, fromBot)).status).toBe(200);
    await service.settle();
    expect(await service.db.inboundEvent.count()).toBe(0);
    expect(service.api.calls).toHaveLength(0);
  });

  it('a /crm slash command reaches the same core and is answered through its response_url', async () => {
    service = await startSlackService();
    const hook = service.api.hookUrl('commands/1');
    const answer = await postToSlackRoute(service.base, slashCommand(logVisit, { responseUrl: hook }));
    expect(answer.status).toBe(200);
    await service.settle();
    expect(await service.visitsLogged()).toBe(1);
    const [respond] = service.api.callsTo('hooks/commands/1');
    expect(respond!.body.response_type).toBe('in_channel');
    expect(blocksText(respond!.body)).toContain('华为技术有限公司');
  });

  it('customer details asked for in a channel go to the asker only (ephemeral)', async () => {
    service = await startSlackService();
    await postToSlackRoute(service.base, channelMention('查一下 华为'));
    await service.settle();
    expect(service.api.callsTo('chat.postMessage')).toHaveLength(0);
    const [ephemeral] = service.api.callsTo('chat.postEphemeral');
    expect(ephemeral!.body).toMatchObject({ channel: 'C123ABC456', user: slackUsers.zhang });
    expect(blocksText(ephemeral!.body)).toContain('华为技术有限公司');
  });

  it('an unknown Slack user, named from users.info, waits; the admin lets them in from the card in Slack', async () => {
    service = await startSlackService();
    await postToSlackRoute(service.base, directMessage('帮助', { user: 'U_NEW', channel: 'D_NEW' }));
    await service.settle();
    const identity = await service.db.identity.findUniqueOrThrow({
      where: { platform_externalId: { platform: 'slack', externalId: 'U_NEW' } },
      include: { person: true },
    });
    expect(identity.person).toMatchObject({ name: 'Ada Slack', role: 'pending', teamId: null });
    expect(service.api.callsTo('users.info')).toHaveLength(1);
    const [answer] = service.api.callsTo('chat.postMessage');
    expect(answer!.body.channel).toBe('D_NEW');
    expect(blocksText(answer!.body)).toContain('已请管理员为你开通');

    await service.adapter.push.deliverDue();
    await service.adapter.outbox.drain();
    const request = service.api
      .callsTo('chat.postMessage')
      .find((call) => call.body.channel === slackUsers.admin)!;
    expect(blocksText(request.body)).toContain('新同事申请使用 chatcrm：Ada Slack');
    const approve = buttonsOf(request.body).find((b) => b.text === '批准为销售')!;
    const sent = await service.db.outboxMessage.findFirstOrThrow({
      where: { status: 'sent', conversation: slackUsers.admin },
      orderBy: { id: 'desc' },
    });
    const [channel, ts] = sent.ref!.split('/');
    await postToSlackRoute(
      service.base,
      blockActions({ user: slackUsers.admin, channel: channel!, messageTs: ts!, button: approve }),
    );
    await service.settle();
    const [update] = service.api.callsTo('chat.update');
    expect(update!.body).toMatchObject({ channel, ts });
    expect(blocksText(update!.body)).toContain('批准为销售');
    expect((await service.db.person.findUniqueOrThrow({ where: { id: identity.personId } })).role).toBe(
      'rep',
    );

    await service.adapter.push.deliverDue();
    await service.adapter.outbox.drain();
    const told = service.api.callsTo('chat.postMessage').filter((call) => call.body.channel === 'U_NEW');
    expect(blocksText(told.at(-1)!.body)).toContain('已为你开通 chatcrm');
  });

  it('when users.info fails the new person is named by their Slack id', async () => {
    service = await startSlackService();
    service.api.script('users.info', { status: 200, body: { ok: false, error: 'user_not_found' } });
    await postToSlackRoute(service.base, directMessage('帮助', { user: 'U_GHOST', channel: 'D_GHOST' }));
    await service.settle();
    const person = await service.db.person.findFirstOrThrow({
      where: { identities: { some: { externalId: 'U_GHOST' } } },
    });
    expect(person.name).toBe('U_GHOST');
    const answers = service.api.callsTo('chat.postMessage').filter((call) => call.body.channel === 'D_GHOST');
    expect(answers).toHaveLength(1);
  });
});

describe('Slack request signing', () => {
  it("matches Slack's official test vector", () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(signSlackRequest('8f742231b10e8888abcd99yyyzzz85a5', 1531420618, body)).toBe(
      'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
    );
  });
});
