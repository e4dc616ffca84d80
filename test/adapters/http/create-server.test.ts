import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelHealth, ChannelProbes } from '../../../src/adapters/http/check-health.ts';
import {
  createHttpServer,
  listen,
  type RouteHandler,
  type ServerLimits,
  sendJson,
} from '../../../src/adapters/http/create-server.ts';
import { maxBodyBytes, readBody, refuseBody } from '../../../src/adapters/http/read-body.ts';
import type { Db } from '../../../src/db/client.ts';
import { enqueueMessages } from '../../../src/db/outbox.ts';
import { fixedNow } from '../../helpers/bot.ts';
import { createTestDb } from '../../helpers/db.ts';
import { rawRequest } from './raw-request.ts';

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function start(
  wrap: (db: Db) => Db = (db) => db,
  routes: Record<string, RouteHandler> = {},
  limits?: Partial<ServerLimits>,
  channels: ChannelProbes = {},
) {
  const { db } = await createTestDb();
  const server = createHttpServer({
    db: wrap(db),
    logger: pino({ level: 'silent' }),
    routes,
    limits,
    channels,
    now: () => fixedNow,
  });
  servers.push(server);
  await listen(server, 0);
  const port = (server.address() as AddressInfo).port;
  return { db, port, base: `http://127.0.0.1:${port}` };
}

/** A route that reads its body within the platform cap and says how many bytes it got. */
const echo: RouteHandler = async (req, res) => {
  const read = await readBody(req, maxBodyBytes);
  if (read.kind !== 'body') return refuseBody(res, read);
  sendJson(res, 200, { bytes: read.bytes.length });
};

describe('the HTTP server', () => {
  it('answers /healthz with 200 {"status":"ok"} when the database answers', async () => {
    const { base } = await start();
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      database: 'ok',
      channels: {},
      outbox: { backlog: 0, oldestPendingSeconds: null },
    });
  });

  it('reports each configured channel and the outbox backlog; a channel down answers 503', async () => {
    const webhook = (): ChannelHealth => ({ mode: 'webhook', up: true });
    const socket = (): ChannelHealth => ({ mode: 'socket_mode', up: false });
    const { base, db } = await start(undefined, {}, undefined, { slack: socket, feishu: webhook });
    const message = { platform: 'slack' as const, conversation: 'C1', op: 'post', body: {} };
    await enqueueMessages(db, [message], new Date(fixedNow.getTime() - 90_000));
    await enqueueMessages(db, [message], fixedNow);
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      database: 'ok',
      channels: { slack: { mode: 'socket_mode', up: false }, feishu: { mode: 'webhook', up: true } },
      outbox: { backlog: 2, oldestPendingSeconds: 90 },
    });
    const head = await fetch(`${base}/healthz`, { method: 'HEAD' });
    expect(head.status).toBe(503);
  });

  it('answers 503 when the database is gone', async () => {
    const { base } = await start(
      (db) =>
        new Proxy(db, {
          get: (target, key) =>
            key === '$queryRawUnsafe'
              ? () => Promise.reject(new Error('database is locked'))
              : Reflect.get(target, key),
        }),
    );
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      database: 'unreachable',
      channels: {},
      outbox: null,
    });
  });

  it('hands a POST on an adapter path its raw body, and refuses other methods there', async () => {
    const { base } = await start(undefined, { '/slack/events': echo });
    const posted = await fetch(`${base}/slack/events`, { method: 'POST', body: '{"type":"event_callback"}' });
    expect(await posted.json()).toEqual({ bytes: 25 });
    expect((await fetch(`${base}/slack/events`)).status).toBe(405);
  });

  it('answers 500 without details when an adapter fails', async () => {
    const { base } = await start(undefined, {
      '/feishu/events': async () => {
        throw new Error('secret stack');
      },
    });
    const response = await fetch(`${base}/feishu/events`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers 404 for paths it does not serve', async () => {
    const { base } = await start();
    expect((await fetch(`${base}/admin`)).status).toBe(404);
  });
});

describe('the HTTP server under hostile clients', () => {
  it('answers a body declared over the cap with 413 at once, without reading it, and closes the connection', async () => {
    const { port } = await start(undefined, { '/slack/events': echo });
    const answer = await rawRequest(port, {
      lines: ['POST /slack/events HTTP/1.1', `Content-Length: ${maxBodyBytes + 1}`, 'Connection: keep-alive'],
      body: 'x'.repeat(1000),
    });
    expect(answer.status).toBe(413);
    expect(answer.head.toLowerCase()).toContain('connection: close');
    expect(answer.answeredAfterMs).toBeLessThan(500);
    // Not left open for a next request that would wait behind the unread body.
    expect(answer.closedAfterMs).not.toBeNull();
  });

  it('counts a chunked body as it arrives and refuses it past the cap', async () => {
    const { port } = await start(undefined, { '/slack/events': echo });
    const chunk = 'x'.repeat(64 * 1024);
    const chunks = Array.from({ length: 5 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('');
    const answer = await rawRequest(port, {
      lines: ['POST /slack/events HTTP/1.1', 'Transfer-Encoding: chunked'],
      body: chunks,
    });
    expect(answer.status).toBe(413);
    expect(answer.closedAfterMs).not.toBeNull();
  });

  it('cuts off a request whose body stops arriving, after the request timeout', async () => {
    const { port } = await start(
      undefined,
      { '/slack/events': echo },
      {
        headersTimeoutMs: 300,
        requestTimeoutMs: 600,
      },
    );
    const answer = await rawRequest(port, {
      lines: ['POST /slack/events HTTP/1.1', 'Content-Length: 100'],
      body: 'x'.repeat(10),
      waitMs: 4_000,
    });
    expect(answer.status).toBe(408);
    expect(answer.closedAfterMs).toBeLessThan(3_000);
  });

  it('cuts off a client that never finishes its headers, after the headers timeout', async () => {
    const { port } = await start(undefined, {}, { headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const answer = await rawRequest(port, {
      lines: ['POST /slack/events HTTP/1.1'],
      endHeaders: false,
      waitMs: 4_000,
    });
    expect(answer.closedAfterMs).toBeLessThan(3_000);
  });

  it('closes connections past the cap on arrival and serves the ones within it', async () => {
    const { port, base } = await start(undefined, { '/slack/events': echo }, { maxConnections: 2 });
    const held = [
      rawRequest(port, { lines: ['POST /slack/events HTTP/1.1', 'Content-Length: 10'], waitMs: 1_500 }),
      rawRequest(port, { lines: ['POST /slack/events HTTP/1.1', 'Content-Length: 10'], waitMs: 1_500 }),
    ];
    await new Promise((resolve) => setTimeout(resolve, 200));
    const third = await rawRequest(port, { lines: ['GET /healthz HTTP/1.1'], waitMs: 1_000 });
    expect(third.status).toBeNull();
    expect(third.closedAfterMs).not.toBeNull();
    await Promise.all(held);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
