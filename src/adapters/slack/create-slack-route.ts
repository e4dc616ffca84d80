import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { Logger } from '../../logger.ts';
import { type RouteHandler, sendJson } from '../http/create-server.ts';
import {
  maxBodyBytes,
  maxUnsignedBodyBytes,
  readBody,
  refuseAndClose,
  refuseBody,
} from '../http/read-body.ts';
import type { SlackDispatcher } from './create-slack-dispatcher.ts';
import { readSlackBody } from './read-slack-body.ts';
import { checkSlackHeaders, verifySlackRequest } from './verify-slack-request.ts';

/**
 * POST /slack/events on our own HTTP server: events, interactivity and slash commands (Bolt's
 * convention of one path). The signature headers are looked at before the body is read (a request
 * without them, or with a stale timestamp, gets 401 and the connection is closed); the signature is
 * checked over the raw bytes before anything is parsed or stored; a signed body that is not the shape
 * Slack sends gets 400.
 */
export function createSlackRoute(deps: {
  signingSecret: string;
  dispatcher: SlackDispatcher;
  logger: Logger;
  nowMs?: () => number;
}): RouteHandler {
  const nowMs = deps.nowMs ?? Date.now;
  const refuse = (res: ServerResponse, reason: string) => {
    deps.logger.warn({ reason }, 'slack request refused');
    refuseAndClose(res, 401, reason);
  };
  return async (req, res) => {
    const timestamp = header(req.headers, 'x-slack-request-timestamp');
    const signature = header(req.headers, 'x-slack-signature');
    const contentType = header(req.headers, 'content-type');
    if (!timestamp && !signature) {
      // Slack's certificate check is unsigned and asks for nothing but a 200 (Bolt does the same).
      const read = await readBody(req, maxUnsignedBodyBytes);
      if (read.kind === 'aborted') {
        res.destroy();
        return;
      }
      if (
        read.kind === 'body' &&
        !contentType?.includes('json') &&
        new URLSearchParams(read.bytes.toString('utf8')).get('ssl_check') === '1'
      )
        return sendJson(res, 200, {});
      return refuse(res, 'missing_headers');
    }
    const headers = checkSlackHeaders({ timestamp, signature, nowMs: nowMs() });
    if (!headers.ok) return refuse(res, headers.reason);
    const read = await readBody(req, maxBodyBytes);
    if (read.kind !== 'body') return refuseBody(res, read);
    const text = read.bytes.toString('utf8');
    const verified = verifySlackRequest({
      signingSecret: deps.signingSecret,
      timestamp,
      signature,
      body: text,
      nowMs: nowMs(),
    });
    if (!verified.ok) {
      deps.logger.warn({ reason: verified.reason }, 'slack request refused');
      return sendJson(res, 401, { error: verified.reason });
    }
    const body = readSlackBody(contentType, text);
    if (!body) {
      deps.logger.warn({ problem: 'not a JSON object or form' }, 'slack payload refused');
      return badRequest(res, 'unreadable_body');
    }
    deps.logger.debug({ body }, 'slack request');
    const retryNum = Number(header(req.headers, 'x-slack-retry-num') ?? '') || undefined;
    await deps.dispatcher.processEvent({
      body,
      retryNum,
      ack: async (response) => answer(res, response),
      refuse: async () => badRequest(res, 'invalid_payload'),
    });
    if (!res.headersSent) answer(res, undefined);
  };
}

/** Slack retries what it did not get a 2xx for; this body would fail the same way again. */
function badRequest(res: ServerResponse, error: string): void {
  if (res.headersSent) return;
  res.writeHead(400, { 'content-type': 'application/json', 'x-slack-no-retry': '1' });
  res.end(JSON.stringify({ error }));
}

function answer(res: ServerResponse, response: unknown): void {
  if (res.headersSent) return;
  if (response === undefined || response === null) {
    res.writeHead(200, { 'content-length': '0' });
    res.end();
    return;
  }
  sendJson(res, 200, response);
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
