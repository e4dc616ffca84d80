import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formCallbackId } from '../../../src/adapters/slack/slack-form-modal.ts';
import { signSlackRequest } from '../../../src/adapters/slack/verify-slack-request.ts';
import { rawRequest } from '../http/raw-request.ts';
import { type SlackService, startSlackService } from './slack-harness.ts';
import {
  blockActions,
  directMessage,
  postToSlackRoute,
  signingSecret,
  viewSubmission,
} from './slack-payloads.ts';

const lines: Record<string, unknown>[] = [];
const logger = pino(
  { level: 'warn' },
  new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  }),
);

let service: SlackService;
beforeAll(async () => {
  service = await startSlackService({ logger });
});
afterAll(() => service.stop());

const metadata = (overrides: Record<string, unknown>) =>
  JSON.stringify({
    a: 'visit.edit',
    p: { visitId: 1 },
    f: [['summary', 'textarea', 1, 0]],
    l: 'zh',
    c: 'D1',
    ...overrides,
  });
const form = (privateMetadata: string, values: Record<string, unknown> = { summary: 'x' }) => {
  const body = viewSubmission({
    user: 'U_ZHANG',
    view: { private_metadata: privateMetadata, callback_id: formCallbackId },
    values: {},
  });
  body.view.state.values = Object.fromEntries(
    Object.entries(values).map(([id, value]) => [id, { value: { type: 'plain_text_input', value } }]),
  ) as never;
  return body;
};
const button = (value: string) =>
  blockActions({ user: 'U_ZHANG', channel: 'D1', messageTs: '1.1', button: { action_id: 'a', value } });

// Signed with the real secret, so each passes the signature check and reaches the payload readers.
describe('Slack: signed hostile bodies are answered 400, logged once, and nothing reaches the core', () => {
  it.each<[string, object]>([
    ['an event_id that is an object', { ...directMessage('help'), event_id: { $ne: 1 } }],
    [
      'a message text that is not a string',
      { ...directMessage('help'), event: { ...directMessage('x').event, text: 5 } },
    ],
    [
      'a channel that is not a string',
      { ...directMessage('help'), event: { ...directMessage('x').event, channel: 7 } },
    ],
    [
      'files that are not a list',
      { ...directMessage('help'), event: { ...directMessage('x').event, files: 'f' } },
    ],
    ['private_metadata that is JSON null', form('null')],
    ['private_metadata whose fields are not a list', form(metadata({ f: 1 }))],
    ['private_metadata whose channel is not a string', form(metadata({ c: 5 }))],
    ['a form value that is not a string', form(metadata({}), { summary: 42 })],
    ['a view without an id', { ...form(metadata({})), view: { ...form(metadata({})).view, id: 9 } }],
    ['a button value whose form is not a list', button(JSON.stringify({ a: 'visit.edit', p: {}, f: 'x' }))],
    ['a button value whose payload is not an object', button(JSON.stringify({ a: 'visit.edit', p: 'x' }))],
    ['actions that are not a list', { ...button('{}'), actions: { 0: 1 } }],
    ['a command name that is not a string', { command: ['/crm'], user_id: 'U_ZHANG', text: 'help' }],
  ])('%s', async (_name, body) => {
    const recorded = await service.db.inboundEvent.count();
    lines.length = 0;
    const answer = await postToSlackRoute(service.base, body);
    expect(answer.status).toBe(400);
    const refused = lines.filter((line) => line.msg === 'slack payload refused');
    expect(refused).toHaveLength(1);
    expect(String(refused[0]!.problem)).not.toContain('help');
    await service.settle();
    expect(await service.db.inboundEvent.count()).toBe(recorded);
  });

  it('deep nesting', async () => {
    const recorded = await service.db.inboundEvent.count();
    const raw = `{"type":"event_callback","event_id":"Ev_DEEP","event":{"type":"message","x":${'['.repeat(5000)}${']'.repeat(5000)}}}`;
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(`${service.base}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signSlackRequest(signingSecret, timestamp, raw),
      },
      body: raw,
    });
    expect(response.status).toBe(400);
    expect(await service.db.inboundEvent.count()).toBe(recorded);
  });

  it('over Socket Mode the same body is acked (so Slack does not send it again) and dropped', async () => {
    const recorded = await service.db.inboundEvent.count();
    const acks: unknown[] = [];
    await service.adapter.dispatcher.processEvent({
      body: form(metadata({ f: 1 })),
      ack: async (response) => {
        acks.push(response);
      },
    });
    expect(acks).toEqual([undefined]);
    expect(await service.db.inboundEvent.count()).toBe(recorded);
  });

  it('a well-formed message still gets through', async () => {
    const answer = await postToSlackRoute(service.base, directMessage('help', { eventId: 'Ev_FINE' }));
    expect(answer.status).toBe(200);
    await service.settle();
    expect(await service.db.inboundEvent.count({ where: { eventId: 'Ev_FINE' } })).toBe(1);
  });
});

describe('Slack: what the headers say is checked before the body is read', () => {
  const port = () => Number(new URL(service.base).port);

  it('a request without signature headers is refused 401 without its body being read, and closed', async () => {
    const answer = await rawRequest(port(), {
      lines: ['POST /slack/events HTTP/1.1', 'Content-Type: application/json', 'Content-Length: 200000'],
      body: '{"type":"event_callback"',
    });
    expect(answer.status).toBe(401);
    expect(answer.answeredAfterMs).toBeLessThan(500);
    expect(answer.closedAfterMs).not.toBeNull();
  });

  it('a stale timestamp is refused 401 before the body is read', async () => {
    const stale = Math.floor(Date.now() / 1000) - 3600;
    const answer = await rawRequest(port(), {
      lines: [
        'POST /slack/events HTTP/1.1',
        'Content-Length: 200000',
        `X-Slack-Request-Timestamp: ${stale}`,
        `X-Slack-Signature: ${signSlackRequest(signingSecret, stale, '')}`,
      ],
    });
    expect(answer.status).toBe(401);
    expect(answer.closedAfterMs).not.toBeNull();
  });

  it("Slack's unsigned certificate check is still answered 200", async () => {
    const response = await fetch(`${service.base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ssl_check=1&token=XXYYZZ',
    });
    expect(response.status).toBe(200);
  });
});
