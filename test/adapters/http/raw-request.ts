import { connect, type Socket } from 'node:net';

export interface RawAnswer {
  /** The status line's code, or null when the connection closed without an answer. */
  status: number | null;
  head: string;
  /** When the server closed the connection (ms after sending), or null when it was still open at `waitMs`. */
  closedAfterMs: number | null;
  answeredAfterMs: number | null;
}

/**
 * Sends the head of a request (its request line and headers, Host added) (and maybe part of a body) on a fresh connection, and watches what the
 * server does within `waitMs`: whether it answers, and whether it closes the connection. For what
 * fetch cannot do: declare a body and not send it, or keep sending after the answer.
 */
export function rawRequest(
  port: number,
  request: {
    lines: string[];
    body?: string | Buffer;
    waitMs?: number;
    /** False: the headers are never finished (a slow client). */
    endHeaders?: boolean;
  },
): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket: Socket = connect(port, '127.0.0.1');
    let received = '';
    let answeredAfterMs: number | null = null;
    let done = false;
    const finish = (closedAfterMs: number | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const status = /^HTTP\/1\.1 (\d{3})/.exec(received)?.[1];
      resolve({
        status: status ? Number(status) : null,
        head: received.split('\r\n\r\n')[0] ?? '',
        closedAfterMs,
        answeredAfterMs,
      });
    };
    const timer = setTimeout(() => finish(null), request.waitMs ?? 2_000);
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      answeredAfterMs ??= performance.now() - started;
    });
    socket.on('error', () => {
      // A reset after the answer is still a closed connection.
    });
    socket.on('close', () => finish(performance.now() - started));
    const head = [...request.lines, 'Host: 127.0.0.1'].join('\r\n');
    socket.write(request.endHeaders === false ? `${head}\r\nX-Pending: ` : `${head}\r\n\r\n`);
    if (request.body) socket.write(request.body);
  });
}
