import { createServer, type Server } from 'node:http';
import { type Db, isDbHealthy } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';

/**
 * The one HTTP server. Today it serves /healthz; the Slack and Feishu adapters add their paths
 * (/slack/events, /feishu/events, /feishu/cards) here.
 */
export function createHttpServer(deps: { db: Db; logger: Logger }): Server {
  return createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      const healthy = await isDbHealthy(deps.db);
      res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: healthy ? 'ok' : 'database_unavailable' }));
      return;
    }
    deps.logger.debug({ method: req.method, path }, 'no such route');
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'not_found' }));
  });
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
