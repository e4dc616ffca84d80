import { afterEach, describe, expect, it } from 'vitest';
import { createAckGate } from '../../../src/adapters/shared/create-ack-gate.ts';
import { createSocketMode } from '../../../src/adapters/slack/start-socket-mode.ts';
import type { Bot } from '../../../src/core/handle-event.ts';
import type { Logger } from '../../../src/logger.ts';
import { personId } from '../../helpers/bot.ts';
import { captureLogs } from '../../helpers/capture-logs.ts';
import { type FakeSlackApi, startFakeSlackApi } from './fake-slack-api.ts';
import { type FakeSlackSocket, startFakeSlackSocket } from './fake-slack-socket.ts';
import { blocksText, buttonsOf, type SlackService, startSlackService } from './slack-harness.ts';
import { blockActions, directMessage, slashCommand, viewSubmission } from './slack-payloads.ts';
import {
  disconnectMessage,
  eventsApiEnvelope,
  interactiveEnvelope,
  slashCommandEnvelope,
} from './socket-envelopes.ts';

const logVisit = 'log visit with Acme, met CTO Zhang, follow up next Tuesday';
const appToken = 'xapp-1-A123ABC456-1234-test';
const tom = { user: 'U_TOM', channel: 'D_TOM' };

let service: SlackService | undefined;
let api: FakeSlackApi | undefined;
let socket: FakeSlackSocket | undefined;
afterEach(async () => {
  await service?.stop();
  await api?.close();
  await socket?.close();
  service = api = socket = undefined;
});

/** The Slack adapter in Socket Mode only (no signing secret, so no HTTP route), against a fake Slack. */
async function startSocketService(options: { wrapBot?: (bot: Bot) => Bot; logger?: Logger } = {}) {
  socket = await startFakeSlackSocket();
  api = await startFakeSlackApi({ socketUrl: socket.url });
  service = await startSlackService({
    api,
    config: { signingSecret: undefined, appToken },
    socketRetryMs: 50,
    ...options,
  });
  await service.db.identity.create({
    data: { platform: 'slack', externalId: tom.user, personId: await personId(service.db, 'Tom Chen') },
  });
  return { service, api, socket };
}

/** Sends an envelope and waits for the client's ack of it. */
async function deliver(s: FakeSlackSocket, envelope: { envelope_id: string }) {
  s.send(envelope);
  await s.acked(envelope.envelope_id);
  return s.ackFor(envelope.envelope_id)!;
}

const dm = (eventId: string) => directMessage(logVisit, { eventId, ...tom });

describe('Slack Socket Mode', () => {
  it('connects with the app token and answers a direct message: acked, visit stored, reply posted', async () => {
    const logs = captureLogs('debug');
    const { service, api, socket } = await startSocketService({ logger: logs.logger });
    expect(service.adapter.routes).toEqual({});
    const [open] = api.callsTo('apps.connections.open');
    expect(open!.token).toBe(appToken);

    const envelope = eventsApiEnvelope(dm('Ev_SOCKET_1'));
    const ack = await deliver(socket, envelope);
    expect(ack).toMatchObject({ envelope_id: envelope.envelope_id, payload: {} });
    await service.settle();

    expect(await service.visitsLogged()).toBe(1);
    const visit = await service.lastVisit();
    expect(visit.customer.name).toBe('Acme Corp');
    expect(visit.author.name).toBe('Tom Chen');
    expect(postedTexts(api)).toEqual(['Visit logged: Acme Corp', 'Minutes: Acme Corp']);
    const [post] = api.callsTo('chat.postMessage');
    expect(post!.token).toBe('xoxb-test');
    expect(post!.body.channel).toBe(tom.channel);
    expect(blocksText(post!.body)).toContain('Acme Corp');
    // Even at debug level, where the SDK logs what it sends and receives.
    expect(logs.text()).toContain('apps.connections.open');
    expect(logs.text()).not.toContain(appToken);
    expect(logs.text()).not.toContain('xoxb-test');
  });

  it('acks at once, without waiting for the core to finish', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered = 0;
    const { service, socket } = await startSocketService({
      wrapBot: (bot) => ({
        handle: async (event) => {
          entered += 1;
          await held;
          return bot.handle(event);
        },
      }),
    });
    const first = eventsApiEnvelope(dm('Ev_HELD_1'));
    await deliver(socket, first);
    // A second delivery while the core is still busy with the first is acked too.
    const second = eventsApiEnvelope(directMessage('帮助', { eventId: 'Ev_HELD_2', ...tom }));
    await deliver(socket, second);
    expect(await service.visitsLogged()).toBe(0);
    expect(service.api.callsTo('chat.postMessage')).toHaveLength(0);

    release();
    await service.settle();
    expect(entered).toBe(2);
    expect(await service.visitsLogged()).toBe(1);
    expect(postedTexts(service.api)).toContain('Visit logged: Acme Corp');
  });

  it('a redelivered envelope (same event_id, retry_attempt 1) is acked but logs no second visit or reply', async () => {
    const { service, socket } = await startSocketService();
    const payload = dm('Ev_SOCKET_ONCE');
    await deliver(socket, eventsApiEnvelope(payload));
    await deliver(socket, eventsApiEnvelope(payload, { retryAttempt: 1 }));
    await service.settle();
    await deliver(socket, eventsApiEnvelope(payload, { retryAttempt: 2 }));
    await service.settle();

    expect(await service.visitsLogged()).toBe(1);
    // The visit card and its minutes draft, once.
    expect(postedTexts(service.api)).toEqual(['Visit logged: Acme Corp', 'Minutes: Acme Corp']);
    expect(socket.acks).toHaveLength(3);
  });

  it('a disconnect (refresh_requested) makes the client reconnect with a new URL and keep working', async () => {
    const { service, api, socket } = await startSocketService();
    socket.send(disconnectMessage('refresh_requested'));
    await socket.connected(2);
    expect(api.callsTo('apps.connections.open')).toHaveLength(2);
    expect(socket.connections[0]!.readyState).not.toBe(socket.connections[0]!.OPEN);

    const envelope = eventsApiEnvelope(dm('Ev_AFTER_REFRESH'));
    await deliver(socket, envelope);
    await service.settle();
    expect(await service.visitsLogged()).toBe(1);
    expect(postedTexts(api)).toEqual(['Visit logged: Acme Corp', 'Minutes: Acme Corp']);
  });

  it('a link dropped without a goodbye is reopened, and the client keeps working', async () => {
    const { service, api, socket } = await startSocketService();
    socket.connections[0]!.terminate();
    await socket.connected(2);
    await deliver(socket, eventsApiEnvelope(dm('Ev_AFTER_DROP')));
    await service.settle();
    expect(await service.visitsLogged()).toBe(1);
    expect(api.callsTo('apps.connections.open')).toHaveLength(2);
  });

  it('when apps.connections.open fails on a reconnect, it is tried again with back-off until it works', async () => {
    const logs = captureLogs('info');
    const { service, api, socket } = await startSocketService({ logger: logs.logger });
    api.script(
      'apps.connections.open',
      { status: 503, body: 'upstream unavailable' },
      { status: 200, body: { ok: false, error: 'internal_error' } },
    );
    socket.send(disconnectMessage('refresh_requested'));
    await socket.connected(2);
    expect(api.callsTo('apps.connections.open')).toHaveLength(4);
    const retries = logs.lines.filter((line) => line.msg === 'slack socket mode could not connect, retrying');
    expect(retries.map((line) => line.reason)).toEqual(['http_503', 'internal_error']);
    await deliver(socket, eventsApiEnvelope(dm('Ev_AFTER_RETRY')));
    await service.settle();
    expect(await service.visitsLogged()).toBe(1);
  });

  it('Slack refusing the app token on a reconnect is logged, and does not bring the process down', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const logs = captureLogs('info');
      const { api, socket } = await startSocketService({ logger: logs.logger });
      api.script('apps.connections.open', { status: 200, body: { ok: false, error: 'invalid_auth' } });
      socket.send(disconnectMessage('refresh_requested'));
      const refused = await logs.logged('slack refused socket mode: check SLACK_APP_TOKEN and restart');
      expect(refused).toMatchObject({ level: 50, reason: 'invalid_auth' });
      // A turn of the loop for any stray rejection to surface.
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
      expect(api.callsTo('apps.connections.open')).toHaveLength(2);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('/healthz says Socket Mode is connected, and answers 503 once Slack refuses the app token', async () => {
    const logs = captureLogs('info');
    const { service, api, socket } = await startSocketService({ logger: logs.logger });
    const up = await fetch(`${service.base}/healthz`);
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({
      status: 'ok',
      channels: { slack: { mode: 'socket_mode', up: true } },
    });

    api.script('apps.connections.open', { status: 200, body: { ok: false, error: 'invalid_auth' } });
    socket.send(disconnectMessage('refresh_requested'));
    await logs.logged('slack refused socket mode: check SLACK_APP_TOKEN and restart');
    const down = await fetch(`${service.base}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({
      status: 'unavailable',
      database: 'ok',
      channels: { slack: { mode: 'socket_mode', up: false } },
    });
  });

  it('a refused app token fails the start', async () => {
    api = await startFakeSlackApi();
    api.script('apps.connections.open', { status: 200, body: { ok: false, error: 'invalid_auth' } });
    const logs = captureLogs('info');
    const socketMode = createSocketMode({
      appToken,
      apiUrl: api.apiUrl,
      dispatcher: { processEvent: async () => {} },
      gate: createAckGate(),
      logger: logs.logger,
    });
    await expect(socketMode.start()).rejects.toThrow(/invalid_auth/);
    await socketMode.stop();
    expect(api.callsTo('apps.connections.open')).toHaveLength(1);
  });

  it('a button press over the socket updates the message it came from', async () => {
    const { service, api, socket } = await startSocketService();
    await deliver(socket, eventsApiEnvelope(dm('Ev_CARD')));
    await service.settle();
    const visit = await service.lastVisit();
    const [post] = api.callsTo('chat.postMessage');
    const ts = await sentTs(service);
    const undo = buttonsOf(post!.body).find((button) => button.action_id.startsWith('visit.undo'))!;

    const press = blockActions({ user: tom.user, channel: tom.channel, messageTs: ts, button: undo });
    const ack = await deliver(socket, interactiveEnvelope(press));
    expect(ack.payload).toEqual({});
    await service.settle();

    expect(await service.db.visit.findUnique({ where: { id: visit.id } })).toBeNull();
    const [update] = api.callsTo('chat.update');
    expect(update!.body).toMatchObject({ channel: tom.channel, ts });
    expect(blocksText(update!.body)).toContain('Tom Chen');
  });

  it('a form with a bad date gets its errors back in the ack, and nothing is stored', async () => {
    const { service, api, socket } = await startSocketService();
    await deliver(socket, eventsApiEnvelope(dm('Ev_FORM')));
    await service.settle();
    const [post] = api.callsTo('chat.postMessage');
    const ts = await sentTs(service);
    const edit = buttonsOf(post!.body).find((button) => button.action_id.startsWith('visit.edit'))!;
    await deliver(
      socket,
      interactiveEnvelope(
        blockActions({ user: tom.user, channel: tom.channel, messageTs: ts, button: edit }),
      ),
    );
    await service.settle();
    const [open] = api.callsTo('views.open');
    const view = open!.body.view as { private_metadata: string; callback_id: string };
    const inbound = await service.db.inboundEvent.count();

    const submit = viewSubmission({
      user: tom.user,
      view,
      values: { summary: 'changed', nextStep: '', followUpDate: 'the year of the monkey' },
    });
    const ack = await deliver(socket, interactiveEnvelope(submit));
    expect(ack.payload).toMatchObject({
      response_action: 'errors',
      errors: { followUpDate: expect.any(String) },
    });
    await service.settle();
    expect(await service.db.inboundEvent.count()).toBe(inbound);
    expect((await service.lastVisit()).summary).not.toBe('changed');
  });

  it('a /crm slash command over the socket logs the visit and answers through its response_url', async () => {
    const { service, api, socket } = await startSocketService();
    const hook = api.hookUrl('commands/socket');
    await deliver(socket, slashCommandEnvelope(slashCommand(logVisit, { ...tom, responseUrl: hook })));
    await service.settle();

    expect(await service.visitsLogged()).toBe(1);
    const [respond] = api.callsTo('hooks/commands/socket');
    expect(respond!.body.response_type).toBe('in_channel');
    expect(blocksText(respond!.body)).toContain('Acme Corp');
  });

  it('stops cleanly: the client hangs up and does not reconnect', async () => {
    const { service, api, socket } = await startSocketService();
    await service.adapter.stop();
    await socket.closed();
    // Nothing to await for an attempt that must not happen: give it a few reconnect gaps (50 ms each).
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(api.callsTo('apps.connections.open')).toHaveLength(1);
    expect(socket.connections).toHaveLength(1);
  });
});

function postedTexts(fake: FakeSlackApi): string[] {
  return fake.callsTo('chat.postMessage').map((call) => String(call.body.text));
}

/** The ts Slack gave the first message the outbox sent. */
async function sentTs(s: SlackService): Promise<string> {
  const row = await s.db.outboxMessage.findFirstOrThrow({
    where: { status: 'sent' },
    orderBy: { id: 'asc' },
  });
  return row.ref!.split('/')[1]!;
}
