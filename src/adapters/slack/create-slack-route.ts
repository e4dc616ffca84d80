import type { ServerResponse } from 'node:http';
import type { Logger } from '../../logger.ts';
import { type RouteHandler, readRawBody, sendJson } from '../http/create-server.ts';
import type { SlackDispatcher } from './create-slack-dispatcher.ts';
import { readSlackBody } from './read-slack-body.ts';
import { verifySlackRequest } from './verify-slack-request.ts';

/**
 * POST /slack/events on our own HTTP server: events, interactivity and slash commands (Bolt's
 * convention of one path). The signature is checked over the raw bytes before anything is parsed or
 * stored; a bad or stale one gets 401.
 */
export function createSlackRoute(deps: {
  signingSecret: string;
  dispatcher: SlackDispatcher;
  logger: Logger;
  nowMs?: () => number;
}): RouteHandler {
  const nowMs = deps.nowMs ?? Date.now;
  return async (req, res) => {
    const raw = await readRawBody(req);
    if (raw === null) return sendJson(res, 413, { error: 'too_large' });
    const text = raw.toString('utf8');
    const contentType = req.headers['content-type'];
    // Slack's certificate check is unsigned and asks for nothing but a 200 (Bolt does the same).
    if (!contentType?.includes('json') && new URLSearchParams(text).get('ssl_check') === '1') {
      return sendJson(res, 200, {});
    }
    const verified = verifySlackRequest({
      signingSecret: deps.signingSecret,
      timestamp: header(req.headers['x-slack-request-timestamp']),
      signature: header(req.headers['x-slack-signature']),
      body: text,
      nowMs: nowMs(),
    });
    if (!verified.ok) {
      deps.logger.warn({ reason: verified.reason }, 'slack request refused');
      return sendJson(res, 401, { error: verified.reason });
    }
    const body = readSlackBody(contentType, text);
    if (!body) return sendJson(res, 400, { error: 'unreadable_body' });
    deps.logger.debug({ body }, 'slack request');
    const retryNum = Number(header(req.headers['x-slack-retry-num']) ?? '') || undefined;
    await deps.dispatcher.processEvent({ body, retryNum, ack: async (response) => answer(res, response) });
    if (!res.headersSent) answer(res, undefined);
  };
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

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
