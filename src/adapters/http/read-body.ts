import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The most a platform request may carry. The largest real deliveries are a Slack message event (the
 * text, at most 40,000 characters, sent twice: as `text` and again in its rich-text blocks, so about
 * 240 KB if it is all CJK at 3 bytes a character) and a Feishu text message (150 KB of content at
 * most, about 200 KB once encrypted and base64-encoded). Interactivity payloads (a card of ours, a
 * modal with a few 3,000-character inputs) and card callbacks are far smaller. With at most
 * `maxConnections` (create-server.ts) requests reading at once, this bounds what bodies can hold.
 */
export const maxBodyBytes = 256 * 1024;

/**
 * Without signature headers only Slack's ssl_check and Feishu's url_verification challenge are
 * answered, both a few hundred bytes (the challenge a little more when encrypted).
 */
export const maxUnsignedBodyBytes = 4 * 1024;

export type ReadBody =
  | { kind: 'body'; bytes: Buffer }
  /** Declared or sent beyond the limit: nothing more is read. */
  | { kind: 'too_large' }
  /** The client went away (or the server's request timeout ended it) before the body was complete. */
  | { kind: 'aborted' };

/**
 * The request body as bytes, refused beyond `limit` bytes: by its Content-Length before any byte is
 * read, and by counting as it streams when it is chunked or lies about its length. The rest of a
 * refused body is left unread: answer with `refuseAndClose`, which ends the connection.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<ReadBody> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) return Promise.resolve({ kind: 'too_large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: ReadBody) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('close', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        finish({ kind: 'too_large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ kind: 'body', bytes: Buffer.concat(chunks, size) });
    const onAbort = () => finish({ kind: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('close', onAbort);
  });
}

/**
 * Answers before the body was read (or while it is still arriving) and ends the connection: left open,
 * a keep-alive connection would make Node read the rest of the body before the next request on it.
 * With `connection: close` Node ends the socket once the answer is written.
 */
export function refuseAndClose(res: ServerResponse, status: number, error: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ error });
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    connection: 'close',
  });
  res.end(body);
}

/** What to answer when `readBody` gave no body. */
export function refuseBody(res: ServerResponse, read: Exclude<ReadBody, { kind: 'body' }>): void {
  if (read.kind === 'too_large') refuseAndClose(res, 413, 'too_large');
  else res.destroy();
}
