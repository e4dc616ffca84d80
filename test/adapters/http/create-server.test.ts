import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createHttpServer,
  listen,
  type RouteHandler,
  readRawBody,
  sendJson,
} from '../../../src/adapters/http/create-server.ts';
import type { Db } from '../../../src/db/client.ts';
import { createTestDb } from '../../helpers/db.ts';

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function start(wrap: (db: Db) => Db = (db) => db, routes: Record<string, RouteHandler> = {}) {
  const { db } = await createTestDb();
  const server = createHttpServer({ db: wrap(db), logger: pino({ level: 'silent' }), routes });
  servers.push(server);
  await listen(server, 0);
  return { db, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('the HTTP server', () => {
  it('answers /healthz with 200 {"status":"ok"} when the database answers', async () => {
    const { base } = await start();
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
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
    expect(await response.json()).toEqual({ status: 'database_unavailable' });
  });

  it('hands a POST on an adapter path its raw body, and refuses other methods there', async () => {
    const echo: RouteHandler = async (req, res) => {
      const body = await readRawBody(req);
      sendJson(res, 200, { bytes: body?.length });
    };
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
