import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { Logger } from '../../logger.ts';
import { checkPayload } from '../http/check-payload.ts';
import { type RouteHandler, sendJson } from '../http/create-server.ts';
import {
  maxBodyBytes,
  maxUnsignedBodyBytes,
  readBody,
  refuseAndClose,
  refuseBody,
} from '../http/read-body.ts';
import { type AckGate, holdingGate } from '../shared/create-ack-gate.ts';
import type { FeishuIntake } from './create-feishu-intake.ts';
import { feishuEnvelopeSchema } from './feishu-payload-schemas.ts';
import { type FeishuSecrets, verifyFeishuRequest } from './verify-feishu-request.ts';

/**
 * POST /feishu/events (event subscription) and POST /feishu/cards (card callbacks) on our one server.
 * Each request is verified over its raw bytes (signed within the last 5 minutes, when signed); a
 * refused one gets 401, a log line with the reason, and nothing is stored. With an
 * Encrypt Key, a request without the signature headers can only be the url_verification challenge, so
 * no more than a challenge's size of it is read. A verified body that is not the shape Feishu sends
 * gets 400.
 */
export function createFeishuRoutes(deps: {
  intake: FeishuIntake;
  secrets: FeishuSecrets;
  logger: Logger;
  gate?: AckGate;
  /** The wall clock the signature's timestamp is checked against (tests move it). */
  nowMs?: () => number;
}): Record<string, RouteHandler> {
  const nowMs = deps.nowMs ?? Date.now;
  const answer: RouteHandler = async (req, res) => {
    const signed = !deps.secrets.encryptKey || hasSignatureHeaders(req.headers);
    const read = await readBody(req, signed ? maxBodyBytes : maxUnsignedBodyBytes);
    if (read.kind === 'too_large' && !signed) {
      deps.logger.warn({ reason: 'unsigned', path: req.url }, 'feishu request refused');
      return refuseAndClose(res, 401, 'unauthorized');
    }
    if (read.kind !== 'body') return refuseBody(res, read);
    const verified = verifyFeishuRequest(read.bytes, req.headers, deps.secrets, nowMs());
    if (verified.kind === 'refused') {
      deps.logger.warn({ reason: verified.reason, path: req.url }, 'feishu request refused');
      return sendJson(res, 401, { error: 'unauthorized' });
    }
    if (verified.kind === 'challenge') return sendJson(res, 200, { challenge: verified.challenge });
    if (verified.kind === 'malformed') return badRequest(res, verified.problem);
    const body = verified.body;
    // v1 events and old card callbacks carry no v2.0 header: nothing here reads them.
    if (body.header === undefined) return sendJson(res, 200, {});
    const envelope = checkPayload(feishuEnvelopeSchema, body, 'body');
    if (!envelope.ok) return badRequest(res, envelope.problem);
    const { header, event } = envelope.value;
    deps.logger.debug({ eventId: header.event_id, eventType: header.event_type }, 'feishu request');
    if (header.event_type === 'im.message.receive_v1') {
      const taken = await deps.intake.message(header.event_id, event);
      return taken.ok ? sendJson(res, 200, {}) : badRequest(res);
    }
    if (header.event_type === 'application.bot.menu_v6') {
      const taken = await deps.intake.menu(header.event_id, event);
      return taken.ok ? sendJson(res, 200, {}) : badRequest(res);
    }
    if (header.event_type === 'card.action.trigger') {
      const taken = await deps.intake.cardAction(event, header.event_id);
      return taken.ok ? sendJson(res, 200, taken.response) : badRequest(res);
    }
    // Other subscribed events (a user entered the chat, a message was read …) need no answer.
    return sendJson(res, 200, {});
  };
  const badRequest = (res: ServerResponse, problem?: string) => {
    // The intake logged its own problems; the envelope's are logged here.
    if (problem) deps.logger.warn({ problem }, 'feishu payload refused');
    sendJson(res, 400, { error: 'invalid_payload' });
  };
  const handle = deps.gate ? holdingGate(deps.gate, answer) : answer;
  return { '/feishu/events': handle, '/feishu/cards': handle };
}

function hasSignatureHeaders(headers: IncomingHttpHeaders): boolean {
  return Boolean(
    headers['x-lark-signature'] && headers['x-lark-request-timestamp'] && headers['x-lark-request-nonce'],
  );
}
