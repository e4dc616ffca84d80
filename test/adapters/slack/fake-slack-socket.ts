import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
  at: number;
}

type Waiter = { ready: () => boolean; resolve: () => void; reject: (error: Error) => void };

/**
 * A local stand-in for Slack's Socket Mode websocket (wss-primary.slack.com/link) on 127.0.0.1: greets
 * each connection with `hello`, sends envelopes on the newest open one and records the acks.
 * `apps.connections.open` on the fake Web API hands out `url()`.
 */
export async function startFakeSlackSocket(options: { waitMs?: number } = {}) {
  const waitMs = options.waitMs ?? 10_000;
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;
  const connections: WebSocket[] = [];
  const acks: SocketAck[] = [];
  let waiters: Waiter[] = [];
  let tickets = 0;

  const check = () => {
    waiters = waiters.filter((waiter) => {
      if (!waiter.ready()) return true;
      waiter.resolve();
      return false;
    });
  };

  server.on('connection', (socket) => {
    connections.push(socket);
    socket.on('message', (data) => {
      acks.push({ ...(JSON.parse(String(data)) as Omit<SocketAck, 'at'>), at: Date.now() });
      check();
    });
    socket.on('close', check);
    // Slack's greeting; the client counts itself connected only once it arrives.
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'applink-fake-1', build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: 'A123ABC456' },
      }),
    );
    check();
  });

  /** Resolves when `ready()` holds, re-checked on every connection, ack and close; bounded by waitMs. */
  function until(what: string, ready: () => boolean): Promise<void> {
    if (ready()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters = waiters.filter((waiter) => waiter.ready !== ready);
        reject(new Error(`fake Slack socket: timed out waiting for ${what}`));
      }, waitMs);
      waiters.push({
        ready,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject,
      });
    });
  }

  const open = () => connections.filter((socket) => socket.readyState === socket.OPEN);

  return {
    /** A fresh connection URL, as apps.connections.open returns one per call. */
    url: () => `ws://127.0.0.1:${port}/link/?ticket=${++tickets}&app_id=A123ABC456`,
    connections,
    acks,
    ackFor: (envelopeId: string) => acks.find((ack) => ack.envelope_id === envelopeId),
    /** Sends an envelope (or a hello/disconnect message) on the newest open connection. */
    send(message: Record<string, unknown>): void {
      const socket = open().at(-1);
      if (!socket) throw new Error('fake Slack socket: no open connection');
      socket.send(JSON.stringify(message));
    },
    /** Waits until `count` connections have been made in all and the newest is open. */
    connected: (count = 1) =>
      until(`connection ${count}`, () => connections.length >= count && open().length > 0),
    acked: (envelopeId: string) =>
      until(`ack of ${envelopeId}`, () => Boolean(acks.find((a) => a.envelope_id === envelopeId))),
    /** Waits until no connection is open (the client hung up). */
    closed: () => until('the client to hang up', () => open().length === 0),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of connections) socket.terminate();
        server.close(() => resolve());
      }),
  };
}

export type FakeSlackSocket = Awaited<ReturnType<typeof startFakeSlackSocket>>;
