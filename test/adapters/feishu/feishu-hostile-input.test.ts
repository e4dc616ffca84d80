import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feishuSignature } from '../../../src/adapters/feishu/feishu-crypto.ts';
import { rawRequest } from '../http/raw-request.ts';
import {
  botOpenId,
  cardActionEvent,
  encryptedRequest,
  encryptFeishu,
  encryptKey,
  messageEvent,
} from './fixtures.ts';
import { type FeishuHarness, startFeishuHarness } from './harness.ts';

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

let h: FeishuHarness;
beforeAll(async () => {
  h = await startFeishuHarness({ logger });
});
afterAll(() => h.close());

type Body = Record<string, unknown>;
/** A message event with its `message` (or the whole `event`) changed. */
const message = (change: (message: Body) => void, options: Parameters<typeof messageEvent>[0] = {}) => {
  const body = messageEvent({ text: 'help', ...options });
  change((body.event as { message: Body }).message);
  return body;
};
const card = (change: (event: Body) => void) => {
  const body = cardActionEvent({ value: { action: 'visit.undo', payload: { visitId: 1 }, chat: 'p2p' } });
  change(body.event as Body);
  return body;
};

/** Encrypted and signed with the real key, so each passes verification and reaches the readers. */
function signedRaw(plaintext: string) {
  const raw = Buffer.from(JSON.stringify({ encrypt: encryptFeishu(encryptKey, plaintext) }));
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = 'n-raw';
  return {
    raw,
    headers: {
      'content-type': 'application/json',
      'x-lark-request-timestamp': timestamp,
      'x-lark-request-nonce': nonce,
      'x-lark-signature': feishuSignature(timestamp, nonce, encryptKey, raw),
    },
  };
}

describe('Feishu: verified hostile bodies are answered 400, logged once, and nothing reaches the core', () => {
  it.each<[string, string, Body]>([
    [
      'an event_id that is an object',
      '/feishu/events',
      { ...messageEvent(), header: { ...(messageEvent().header as Body), event_id: { a: 1 } } },
    ],
    ['an event that is not an object', '/feishu/events', { ...messageEvent(), event: 'x' }],
    [
      'mentions that are not a list',
      '/feishu/events',
      message(
        (m) => {
          m.mentions = 'x';
        },
        { chatType: 'group' },
      ),
    ],
    [
      'content that is not a string',
      '/feishu/events',
      message((m) => {
        m.content = { text: 'help' };
      }),
    ],
    [
      'a text content whose text is not a string',
      '/feishu/events',
      message((m) => {
        m.content = '{"text":5}';
      }),
    ],
    [
      'rich text whose title is not a string',
      '/feishu/events',
      message((m) => {
        m.message_type = 'post';
        m.content = '{"title":5,"content":[]}';
      }),
    ],
    [
      'rich text with a null node',
      '/feishu/events',
      message((m) => {
        m.message_type = 'post';
        m.content = '{"content":[[null]]}';
      }),
    ],
    [
      'a file content without its key',
      '/feishu/events',
      message((m) => {
        m.message_type = 'file';
        m.content = '{"file_name":"a.csv"}';
      }),
    ],
    [
      'a chat_id that is not a string',
      '/feishu/events',
      message((m) => {
        m.chat_id = ['oc_1'];
      }),
    ],
    [
      'a card action without an operator',
      '/feishu/cards',
      card((e) => {
        e.operator = undefined;
      }),
    ],
    [
      'a card value whose action is not a string',
      '/feishu/cards',
      card((e) => {
        (e.action as Body).value = { action: 5 };
      }),
    ],
    [
      'a card value whose payload is not an object',
      '/feishu/cards',
      card((e) => {
        (e.action as Body).value = { action: 'visit.undo', payload: 'x' };
      }),
    ],
    [
      'a card value whose chat is made up',
      '/feishu/cards',
      card((e) => {
        (e.action as Body).value = { action: 'visit.undo', chat: 'dm' };
      }),
    ],
    [
      'form values that are objects',
      '/feishu/cards',
      card((e) => {
        (e.action as Body).form_value = { date: { $gt: '' } };
      }),
    ],
  ])('%s', async (_name, path, body) => {
    const recorded = await h.db.inboundEvent.count();
    lines.length = 0;
    const answer = await h.post(path, body);
    expect(answer.status).toBe(400);
    const refused = lines.filter((line) => line.msg === 'feishu payload refused');
    expect(refused).toHaveLength(1);
    expect(JSON.stringify(refused[0])).not.toContain('help');
    await h.settle();
    expect(await h.db.inboundEvent.count()).toBe(recorded);
  });

  it('deep nesting in a card value', async () => {
    const recorded = await h.db.inboundEvent.count();
    const body = JSON.stringify(
      cardActionEvent({ value: { action: 'visit.undo', payload: { visitId: 1 } } }),
    );
    const deep = body.replace('"visitId":1', `"visitId":1,"x":${'['.repeat(5000)}${']'.repeat(5000)}`);
    const answer = await h.post('/feishu/cards', undefined, signedRaw(deep));
    expect(answer.status).toBe(400);
    expect(await h.db.inboundEvent.count()).toBe(recorded);
  });

  it('a well-formed message still gets through', async () => {
    const body = messageEvent({ text: 'help', eventId: 'ev_fine', createTime: h.now() });
    expect((await h.post('/feishu/events', body)).status).toBe(200);
    await h.settle();
    expect(await h.db.inboundEvent.count({ where: { eventId: 'ev_fine' } })).toBe(1);
  });

  it('over the long connection the same body is answered and dropped', async () => {
    const { createFeishuDispatcher } = await import('../../../src/adapters/feishu/start-long-connection.ts');
    const recorded = await h.db.inboundEvent.count();
    const dispatcher = createFeishuDispatcher(h.adapter.intake, pino({ level: 'silent' }));
    const body = message((m) => {
      m.mentions = 'x';
    });
    await dispatcher.invoke(body, { needCheck: false });
    expect(await h.db.inboundEvent.count()).toBe(recorded);
  });
});

describe('Feishu: with an Encrypt Key, an unsigned request is refused before its body is read', () => {
  it('answers 401 and closes the connection when the unsigned body is larger than a challenge', async () => {
    const answer = await rawRequest(h.port, {
      lines: ['POST /feishu/events HTTP/1.1', 'Content-Type: application/json', 'Content-Length: 200000'],
      body: '{"encrypt":"',
    });
    expect(answer.status).toBe(401);
    expect(answer.answeredAfterMs).toBeLessThan(500);
    expect(answer.closedAfterMs).not.toBeNull();
  });
});

describe('Feishu: a signed request must have been signed in the last 5 minutes', () => {
  it.each([
    ['6 minutes old', () => String(Math.floor(Date.now() / 1000) - 360), 'stale_timestamp'],
    ['not a number', () => 'Mon, 23 Nov 2026 10:00:00 GMT', 'bad_timestamp'],
  ])(
    'a replayed request %s is answered 401, logged with why, and not recorded',
    async (_name, at, reason) => {
      const recorded = await h.db.inboundEvent.count();
      lines.length = 0;
      const body = messageEvent({ text: 'help', eventId: `ev_replayed_${reason}`, createTime: h.now() });
      const replayed = encryptedRequest(body, encryptKey, { timestamp: at() });
      const answer = await h.post('/feishu/events', undefined, replayed);
      expect(answer.status).toBe(401);
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'feishu request refused', reason }));
      await h.settle();
      expect(await h.db.inboundEvent.count()).toBe(recorded);
    },
  );

  it('the same event signed now is taken', async () => {
    const body = messageEvent({ text: 'help', eventId: 'ev_signed_now', createTime: h.now() });
    expect((await h.post('/feishu/events', undefined, encryptedRequest(body))).status).toBe(200);
    await h.settle();
    expect(await h.db.inboundEvent.count({ where: { eventId: 'ev_signed_now' } })).toBe(1);
  });
});

describe('Feishu mentions', () => {
  it('are substituted in one pass: names that contain placeholders do not multiply the text', async () => {
    const { readFeishuMessage } = await import('../../../src/adapters/feishu/read-feishu-message.ts');
    // Each name holds the next placeholder twice: substituted key after key, the text doubles 21 times.
    const mentions = Array.from({ length: 21 }, (_, i) => ({
      key: `@_user_${i + 1}`,
      openId: `ou_${i + 1}`,
      name: `@_user_${i + 2}@_user_${i + 2}`,
    }));
    const started = performance.now();
    const read = readFeishuMessage(
      messageEvent({ text: '记录 @_user_1 @_user_12', mentions }).event as Body,
      botOpenId,
    );
    expect(performance.now() - started).toBeLessThan(100);
    expect(read).toMatchObject({
      kind: 'message',
      message: { text: '记录 @@_user_2@_user_2 @@_user_13@_user_13' },
    });
  });
});
