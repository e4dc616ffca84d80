import { readFileSync } from 'node:fs';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { menuCommands } from '../../../src/adapters/feishu/read-bot-menu.ts';
import { createFeishuDispatcher } from '../../../src/adapters/feishu/start-long-connection.ts';
import { captureLogs } from '../../helpers/capture-logs.ts';
import { botMenuEvent, messageEvent } from './fixtures.ts';
import { type FeishuHarness, startFeishuHarness } from './harness.ts';

let h: FeishuHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function title(card: Record<string, unknown>): string {
  return String((card.header as { title: { content: string } }).title.content);
}

/** The person's direct chat with the bot, addressed by open_id: the menu event names no chat. */
function expectDirectTo(sent: { kind: string; query: URLSearchParams; body: Record<string, unknown> }) {
  expect(sent.kind).toBe('create');
  expect(sent.query.get('receive_id_type')).toBe('open_id');
  expect(sent.body.receive_id).toBe('ou_zhang');
}

describe('Feishu bot menu (application.bot.menu_v6)', () => {
  it('webhook: "my_follow_ups" sends the presser the follow-up list a typed 我的跟进 gets, in their DM', async () => {
    h = await startFeishuHarness();
    const response = await h.post('/feishu/events', botMenuEvent({ eventKey: 'my_follow_ups' }));
    expect(response).toEqual({ status: 200, body: {} });
    await h.settle();
    const [pressed, ...more] = h.fake.sends();
    expect(more).toEqual([]);
    expectDirectTo(pressed!);
    await h.post('/feishu/events', messageEvent({ text: '我的跟进', createTime: h.now() }));
    await h.settle();
    const typed = h.fake.sends()[1]!;
    expect(title(pressed!.card)).toBe('我的跟进');
    expect(JSON.stringify(pressed!.card)).toBe(JSON.stringify(typed.card));
  });

  it('webhook: "my_complaints" lists the presser\'s open complaints in their DM, the late one marked', async () => {
    h = await startFeishuHarness();
    const db = h.db;
    const person = async (name: string) => (await db.person.findFirstOrThrow({ where: { name } })).id;
    const customer = async (name: string) => (await db.customer.findFirstOrThrow({ where: { name } })).id;
    const complaint = async (customerName: string, owner: string, status: string, resolveDueAt: string) =>
      db.complaint.create({
        data: {
          customerId: await customer(customerName),
          reporterId: await person('张伟'),
          ownerId: await person(owner),
          category: 'quality',
          severity: 'high',
          status,
          description: '设备故障',
          ackDueAt: new Date('2026-11-20T10:00:00+08:00'),
          resolveDueAt: new Date(resolveDueAt),
        },
      });
    const late = await complaint('华为技术有限公司', '张伟', 'acknowledged', '2026-11-22T18:00:00+08:00');
    const open = await complaint('招商银行股份有限公司', '张伟', 'open', '2026-11-25T18:00:00+08:00');
    const resolved = await complaint('美的集团股份有限公司', '张伟', 'resolved', '2026-11-21T18:00:00+08:00');
    const someoneElses = await complaint(
      '美的集团股份有限公司',
      '王经理',
      'open',
      '2026-11-24T18:00:00+08:00',
    );

    expect((await h.post('/feishu/events', botMenuEvent({ eventKey: 'my_complaints' }))).status).toBe(200);
    await h.settle();
    const [sent, ...more] = h.fake.sends();
    expect(more).toEqual([]);
    expectDirectTo(sent!);
    expect(title(sent!.card)).toBe('我的未结客诉');
    const shown = JSON.stringify(sent!.card);
    expect(shown).toContain('我的未结客诉（2）');
    // Soonest due first; the one past its deadline says so.
    expect(shown).toMatch(new RegExp(`#${late.id}\\*\\* 华为技术有限公司[^\\n]*⚠️超时`));
    expect(shown.indexOf(`#${late.id}`)).toBeLessThan(shown.indexOf(`#${open.id}`));
    expect(shown).not.toContain(`#${resolved.id}`);
    expect(shown).not.toContain(`#${someoneElses.id}`);
  });

  it('webhook: a redelivered press (same event_id) is answered once', async () => {
    h = await startFeishuHarness();
    const press = botMenuEvent({ eventKey: 'help', eventId: 'ev_menu_once' });
    expect((await h.post('/feishu/events', press)).status).toBe(200);
    await h.settle();
    expect((await h.post('/feishu/events', press)).status).toBe(200);
    await h.settle();
    expect(h.fake.sends()).toHaveLength(1);
  });

  it('webhook: "log_visit" answers with how to log a visit, examples included', async () => {
    h = await startFeishuHarness();
    await h.post('/feishu/events', botMenuEvent({ eventKey: 'log_visit' }));
    await h.settle();
    const [sent] = h.fake.sends();
    expectDirectTo(sent!);
    expect(title(sent!.card)).toBe('chatcrm 能做什么');
    expect(JSON.stringify(sent!.card)).toContain('记录拜访 华为 今天和张总聊了报价');
  });

  it('long connection: "help" pressed over the socket sends the help card to the presser', async () => {
    h = await startFeishuHarness();
    const dispatcher = createFeishuDispatcher(h.adapter.intake, pino({ level: 'silent' }));
    // The WSClient hands over the plain v2.0 body, flattened by the SDK, and skips the webhook checks.
    await dispatcher.invoke(botMenuEvent({ eventKey: 'help' }), { needCheck: false });
    await h.settle();
    const [sent, ...more] = h.fake.sends();
    expect(more).toEqual([]);
    expectDirectTo(sent!);
    expect(title(sent!.card)).toBe('chatcrm 能做什么');
  });

  it('an unknown key is logged for the operator and the presser is told, kindly, in their DM', async () => {
    const logs = captureLogs('info');
    h = await startFeishuHarness({ logger: logs.logger });
    const response = await h.post('/feishu/events', botMenuEvent({ eventKey: 'open_pool' }));
    expect(response.status).toBe(200);
    await h.settle();
    expect(await logs.logged('feishu menu key unknown')).toMatchObject({ eventKey: 'open_pool' });
    const [sent, ...more] = h.fake.sends();
    expect(more).toEqual([]);
    expectDirectTo(sent!);
    expect(title(sent!.card)).toBe('这个菜单项还没有对应的功能');
    expect(JSON.stringify(sent!.card)).toContain('发「帮助」');
  });

  it('a press without an operator is refused with 400 and nothing is recorded', async () => {
    const logs = captureLogs('warn');
    h = await startFeishuHarness({ logger: logs.logger });
    const press = botMenuEvent({ eventKey: 'help' });
    (press.event as Record<string, unknown>).operator = {};
    expect((await h.post('/feishu/events', press)).status).toBe(400);
    expect(await logs.logged('feishu payload refused')).toMatchObject({
      problem: expect.stringContaining('operator'),
    });
    await h.settle();
    expect(await h.db.inboundEvent.count()).toBe(0);
    expect(h.fake.sends()).toEqual([]);
  });

  it('the README lists exactly the event keys the adapter answers', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const listed = [...readme.matchAll(/^ {3}\| `([a-z_]+)` \|/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual(Object.keys(menuCommands).sort());
  });
});
