import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type Db, isDbHealthy } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';

/** Handles one POST path; each platform adapter reads the raw body itself, for its signature check. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The one HTTP server: /healthz, and the paths the Slack and Feishu adapters add. */
export function createHttpServer(deps: {
  db: Db;
  logger: Logger;
  routes?: Record<string, RouteHandler>;
}): Server {
  const routes = deps.routes ?? {};
  return createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      const healthy = await isDbHealthy(deps.db);
      res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: healthy ? 'ok' : 'database_unavailable' }));
      return;
    }
    const route = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (route && req.method === 'POST') {
      try {
        await route(req, res);
      } catch (error) {
        const refusal = clientErrorOf(error);
        if (refusal) {
          // The request itself is at fault (a payload that cannot be stored): 4xx, for it alone.
          if (!res.headersSent) res.writeHead(refusal.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: refusal.code }));
          return;
        }
        deps.logger.error({ err: error, path }, 'request failed');
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'internal_error' }));
      }
      return;
    }
    deps.logger.debug({ method: req.method, path }, 'no such route');
    res.writeHead(route ? 405 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: route ? 'method_not_allowed' : 'not_found' }));
  });
}

/** An error a route throws to refuse the request with a 4xx: it carries `httpStatus` and `code`. */
function clientErrorOf(error: unknown): { status: number; code: string } | null {
  if (!(error instanceof Error)) return null;
  const { httpStatus, code } = error as { httpStatus?: unknown; code?: unknown };
  return typeof httpStatus === 'number' && httpStatus >= 400 && httpStatus < 500 && typeof code === 'string'
    ? { status: httpStatus, code }
    : null;
}

/** The request body as bytes, refused beyond `limit` (platform events are a few KB). */
export async function readRawBody(req: IncomingMessage, limit = 1_000_000): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
