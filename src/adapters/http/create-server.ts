import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { type ChannelProbes, checkHealth } from './check-health.ts';
import { refuseAndClose } from './read-body.ts';

/** Handles one POST path; each platform adapter reads the raw body itself, for its signature check. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * Limits on what a client may hold. Slack and Feishu send a whole request at once and give up after
 * 3 s, so a request whose headers take 4 s, or whose body is not in after 6 s, is nobody we serve.
 */
export interface ServerLimits {
  /** Until the headers are complete (Node's default is 60 s). */
  headersTimeoutMs: number;
  /** Until the whole request, body included, is in (Node's default is 300 s). */
  requestTimeoutMs: number;
  /** Open connections at once: more are closed on arrival. Each may hold one body being read. */
  maxConnections: number;
}

export const defaultServerLimits: ServerLimits = {
  headersTimeoutMs: 4_000,
  requestTimeoutMs: 6_000,
  // Above the 512 sockets the load benchmarks keep open; times maxBodyBytes (256 KB) is what bodies
  // being read can hold at most.
  maxConnections: 1024,
};

/** The one HTTP server: /healthz, and the paths the Slack and Feishu adapters add. */
export function createHttpServer(deps: {
  db: Db;
  logger: Logger;
  routes?: Record<string, RouteHandler>;
  /** The configured platforms' connection states, reported on /healthz. */
  channels?: ChannelProbes;
  now?: () => Date;
  limits?: Partial<ServerLimits>;
}): Server {
  const routes = deps.routes ?? {};
  const limits = { ...defaultServerLimits, ...deps.limits };
  const options = {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    // Timeouts are only checked this often (Node's default: every 30 s).
    connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
    // Platform requests carry about a dozen headers.
    maxHeaderSize: 16 * 1024,
  };
  const server = createServer(options, async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      const report = await checkHealth(deps.db, deps.channels ?? {}, deps.now?.() ?? new Date());
      res.writeHead(report.status === 'ok' ? 200 : 503, { 'content-type': 'application/json' });
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify(report));
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
    const status = route ? 405 : 404;
    const error = route ? 'method_not_allowed' : 'not_found';
    // A body we will not read is not worth keeping the connection for.
    if (hasBody(req)) return refuseAndClose(res, status, error);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error }));
  });
  server.maxHeadersCount = 64;
  server.maxConnections = limits.maxConnections;
  return server;
}

/** An error a route throws to refuse the request with a 4xx: it carries `httpStatus` and `code`. */
function clientErrorOf(error: unknown): { status: number; code: string } | null {
  if (!(error instanceof Error)) return null;
  const { httpStatus, code } = error as { httpStatus?: unknown; code?: unknown };
  return typeof httpStatus === 'number' && httpStatus >= 400 && httpStatus < 500 && typeof code === 'string'
    ? { status: httpStatus, code }
    : null;
}

function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
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
