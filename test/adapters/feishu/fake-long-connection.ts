import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A local stand-in for Feishu's long connection on 127.0.0.1: `POST /callback/ws/endpoint` hands the
 * SDK's WSClient a websocket address on the same server, as open.feishu.cn does. The socket only has
 * to open: the SDK counts itself connected then. `refuse` makes the endpoint fail, `drop` cuts the
 * open sockets; reconnect attempts come every 100 ms (ClientConfig.ReconnectInterval, in seconds).
 */
export async function startFakeLongConnection() {
  let answer: 'ok' | 'busy' | 'refused' = 'ok';
  const sockets: WebSocket[] = [];
  const server = createServer((req, res) => {
    req.resume();
    if (req.method !== 'POST' || req.url !== '/callback/ws/endpoint') {
      res.writeHead(404).end();
      return;
    }
    // 5xx: the SDK retries; code 514 (auth failed: a wrong app id or secret) stops it for good.
    if (answer === 'busy') {
      res.writeHead(503).end('upstream unavailable');
      return;
    }
    const body =
      answer === 'refused'
        ? { code: 514, msg: 'auth failed', data: {} }
        : {
            code: 0,
            msg: 'ok',
            data: {
              URL: `ws://127.0.0.1:${port()}/ws?device_id=fake-device&service_id=1`,
              ClientConfig: {
                PingInterval: 120,
                ReconnectCount: -1,
                ReconnectInterval: 0.1,
                ReconnectNonce: 0,
              },
            },
          };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  const wss = new WebSocketServer({ server, path: '/ws' });
  wss.on('connection', (socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = () => (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port()}`,
    /** How many sockets the client has opened so far. */
    connections: () => sockets.length,
    answer(next: 'ok' | 'busy' | 'refused') {
      answer = next;
    },
    drop() {
      for (const socket of sockets) socket.terminate();
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
