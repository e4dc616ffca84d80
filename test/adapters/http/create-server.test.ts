import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, listen } from '../../../src/adapters/http/create-server.ts';
import type { Db } from '../../../src/db/client.ts';
import { createTestDb } from '../../helpers/db.ts';

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function start(wrap: (db: Db) => Db = (db) => db) {
  const { db } = await createTestDb();
  const server = createHttpServer({ db: wrap(db), logger: pino({ level: 'silent' }) });
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

  it('answers 404 for paths it does not serve', async () => {
    const { base } = await start();
    expect((await fetch(`${base}/admin`)).status).toBe(404);
  });
});
