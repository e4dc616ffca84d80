import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { logAsVisitCallbackId } from '../../../src/adapters/slack/read-slack-delivery.ts';
import { personId } from '../../helpers/bot.ts';
import { blocksText, buttonsOf, type SlackService, slackUsers, startSlackService } from './slack-harness.ts';
import {
  appHomeOpened,
  blockActions,
  homeBlockActions,
  messageAction,
  postToSlackRoute,
  viewSubmission,
} from './slack-payloads.ts';

let service: SlackService | undefined;
afterEach(async () => {
  await service?.stop();
  service = undefined;
});

/** Adds a follow-up for 张伟 on his first customer. */
async function addFollowUp(s: SlackService, title: string, dueAt: string) {
  const assigneeId = await personId(s.db, '张伟');
  const customer = await s.db.customer.findFirstOrThrow({ where: { ownerId: assigneeId } });
  return s.db.followUp.create({
    data: { customerId: customer.id, assigneeId, title, dueAt: new Date(dueAt) },
  });
}

/** The Home views published so far for a user, oldest first. */
function publishedHomes(s: SlackService, user: string) {
  return s.api
    .callsTo('views.publish')
    .filter((call) => call.body.user_id === user)
    .map((call) => call.body.view as { type: string; blocks: unknown[] });
}

async function openHome(s: SlackService, eventId = 'Ev_HOME_1') {
  const answer = await postToSlackRoute(s.base, appHomeOpened({ user: slackUsers.zhang, eventId }));
  expect(answer.status).toBe(200);
  await s.settle();
  return publishedHomes(s, slackUsers.zhang).at(-1)!;
}

describe('Slack: the App Home tab', () => {
  it('opening Home publishes the person’s follow-ups due today and overdue, and the common actions', async () => {
    service = await startSlackService();
    await addFollowUp(service, '送样品给采购部', '2026-11-20T02:00:00Z');
    await addFollowUp(service, '年底续约', '2026-12-28T02:00:00Z');
    const home = await openHome(service);
    expect(home.type).toBe('home');
    expect(home.blocks.length).toBeLessThanOrEqual(100);
    const text = blocksText(home);
    expect(text).toContain('送样品给采购部');
    expect(text).toContain('逾期');
    expect(text).not.toContain('年底续约');
    expect(text).toContain('该联系的客户');
    const labels = buttonsOf(home).map((button) => button.text);
    expect(labels).toEqual(expect.arrayContaining(['记录拜访', '我的跟进', '帮助']));
  });

  it('the Messages tab being opened draws nothing', async () => {
    service = await startSlackService();
    await postToSlackRoute(service.base, appHomeOpened({ user: slackUsers.zhang, tab: 'messages' }));
    await service.settle();
    expect(service.api.callsTo('views.publish')).toHaveLength(0);
  });

  it('Done on the Home completes the follow-up, answers in the direct messages and redraws the Home', async () => {
    service = await startSlackService();
    const followUp = await addFollowUp(service, '送样品给采购部', '2026-11-20T02:00:00Z');
    const home = await openHome(service);
    const done = buttonsOf(home).find((button) => button.text === `完成 #${followUp.id}`)!;
    const answer = await postToSlackRoute(
      service.base,
      homeBlockActions({ user: slackUsers.zhang, button: done }),
    );
    expect(answer.status).toBe(200);
    await service.settle();
    expect((await service.db.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).status).toBe('done');
    expect(service.api.postedTo('D_ZHANG')).not.toHaveLength(0);
    const homes = publishedHomes(service, slackUsers.zhang);
    expect(homes).toHaveLength(2);
    expect(blocksText(homes[1]!)).not.toContain('送样品给采购部');
  });

  it('My follow-ups on the Home posts the follow-up list to the direct messages', async () => {
    service = await startSlackService();
    await addFollowUp(service, '送样品给采购部', '2026-11-20T02:00:00Z');
    const home = await openHome(service);
    const list = buttonsOf(home).find((button) => button.text === '我的跟进')!;
    await postToSlackRoute(service.base, homeBlockActions({ user: slackUsers.zhang, button: list }));
    await service.settle();
    const [post] = service.api.callsTo('chat.postMessage');
    expect(post!.body.channel).toBe(slackUsers.zhang);
    expect(blocksText(post!.body)).toContain('送样品给采购部');
  });

  it('Log a visit on the Home opens a form; submitting it logs the visit and redraws the Home', async () => {
    service = await startSlackService();
    const home = await openHome(service);
    const log = buttonsOf(home).find((button) => button.text === '记录拜访')!;
    await postToSlackRoute(service.base, homeBlockActions({ user: slackUsers.zhang, button: log }));
    for (let i = 0; i < 100 && service.api.callsTo('views.open').length === 0; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 10));
    const view = service.api.callsTo('views.open')[0]!.body.view as {
      private_metadata: string;
      callback_id: string;
    };
    const before = await service.visitsLogged();
    const submitted = await postToSlackRoute(
      service.base,
      viewSubmission({
        user: slackUsers.zhang,
        view,
        values: { text: '华为 今天和张总聊了报价，下周二跟进' },
      }),
    );
    expect(submitted.text).toBe('');
    await service.settle();
    expect(await service.visitsLogged()).toBe(before + 1);
    expect((await service.lastVisit()).customer.name).toContain('华为');
    const [post] = service.api.callsTo('chat.postMessage');
    expect(post!.body.channel).toBe(slackUsers.zhang);
    expect(publishedHomes(service, slackUsers.zhang)).toHaveLength(2);
  });
});

describe('Slack: the "Log as visit" message shortcut', () => {
  const note = '华为 张总来电：报价单收到了，下周二跟进';

  it('answers the presser privately with what it read, and saves nothing until confirmed', async () => {
    service = await startSlackService();
    const before = await service.visitsLogged();
    const responseUrl = service.api.hookUrl('shortcut-1');
    const answer = await postToSlackRoute(
      service.base,
      messageAction({ user: slackUsers.zhang, text: note, responseUrl }),
    );
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('');
    await service.settle();
    expect(await service.visitsLogged()).toBe(before);
    const [draft] = service.api.callsTo('hooks/shortcut-1');
    expect(draft!.body.response_type).toBe('ephemeral');
    const text = blocksText(draft!.body);
    expect(text).toContain('记为拜访');
    expect(text).toContain('华为');
    expect(text).toContain('张总');
    expect(service.api.callsTo('chat.postMessage')).toHaveLength(0);

    const confirm = buttonsOf(draft!.body).find((button) => button.text === '记为拜访')!;
    await postToSlackRoute(
      service.base,
      blockActions({
        user: slackUsers.zhang,
        channel: 'C_SALES',
        messageTs: '1581106300.000100',
        button: confirm,
        ephemeral: true,
        responseUrl,
      }),
    );
    await service.settle();
    expect(await service.visitsLogged()).toBe(before + 1);
    const visit = await service.lastVisit();
    expect(visit.customer.name).toContain('华为');
    expect(visit.author.name).toBe('张伟');
  });

  it('Cancel on the draft saves nothing', async () => {
    service = await startSlackService();
    const before = await service.visitsLogged();
    const responseUrl = service.api.hookUrl('shortcut-2');
    await postToSlackRoute(service.base, messageAction({ user: slackUsers.zhang, text: note, responseUrl }));
    await service.settle();
    const [draft] = service.api.callsTo('hooks/shortcut-2');
    const cancel = buttonsOf(draft!.body).find((button) => button.text === '取消')!;
    await postToSlackRoute(
      service.base,
      blockActions({
        user: slackUsers.zhang,
        channel: 'C_SALES',
        messageTs: '1581106300.000100',
        button: cancel,
        ephemeral: true,
        responseUrl,
      }),
    );
    await service.settle();
    expect(await service.visitsLogged()).toBe(before);
  });

  it('a shortcut of another app is ignored', async () => {
    service = await startSlackService();
    const responseUrl = service.api.hookUrl('shortcut-3');
    const answer = await postToSlackRoute(
      service.base,
      messageAction({ user: slackUsers.zhang, text: note, responseUrl, callbackId: 'something_else' }),
    );
    expect(answer.status).toBe(200);
    await service.settle();
    expect(service.api.callsTo('hooks/shortcut-3')).toHaveLength(0);
    expect(await service.db.pendingIntent.count()).toBe(0);
  });
});

describe('Slack: the manifest', () => {
  // No YAML parser among the dependencies: the lines an operator pastes are checked as text.
  const manifest = readFileSync('src/adapters/slack/manifest.yml', 'utf8');

  it('turns on the Home tab, subscribes to its opening and declares the shortcut the adapter answers', () => {
    expect(manifest).toMatch(/^\s+home_tab_enabled: true\b/m);
    expect(manifest).toMatch(/^\s+- app_home_opened$/m);
    expect(manifest).toMatch(/^\s+type: message$/m);
    expect(manifest).toContain(`callback_id: ${logAsVisitCallbackId}`);
  });

  it('asks for no im:write (answers to people are posted to their user id with chat:write)', () => {
    expect(manifest).not.toMatch(/^\s+- im:write\b/m);
  });
});
