import type { Logger } from '../../logger.ts';
import { type RouteHandler, readRawBody, sendJson } from '../http/create-server.ts';
import { type AckGate, holdingGate } from '../shared/create-ack-gate.ts';
import type { FeishuIntake } from './create-feishu-intake.ts';
import { type FeishuSecrets, verifyFeishuRequest } from './verify-feishu-request.ts';

/**
 * POST /feishu/events (event subscription) and POST /feishu/cards (card callbacks) on our one server.
 * Each request is verified over its raw bytes; a refused one gets 401 and nothing is stored.
 */
export function createFeishuRoutes(deps: {
  intake: FeishuIntake;
  secrets: FeishuSecrets;
  logger: Logger;
  gate?: AckGate;
}): Record<string, RouteHandler> {
  const answer: RouteHandler = async (req, res) => {
    const raw = await readRawBody(req);
    if (!raw) return sendJson(res, 413, { error: 'too_large' });
    const verified = verifyFeishuRequest(raw, req.headers, deps.secrets);
    if (verified.kind === 'refused') {
      deps.logger.warn({ reason: verified.reason, path: req.url }, 'feishu request refused');
      return sendJson(res, 401, { error: 'unauthorized' });
    }
    if (verified.kind === 'challenge') return sendJson(res, 200, { challenge: verified.challenge });
    const body = verified.body;
    const header = (body.header ?? {}) as { event_id?: string; event_type?: string };
    deps.logger.debug({ eventId: header.event_id, eventType: header.event_type }, 'feishu request');
    const event = (body.event ?? {}) as Record<string, unknown>;
    if (header.event_type === 'im.message.receive_v1' && header.event_id) {
      await deps.intake.message(header.event_id, event);
      return sendJson(res, 200, {});
    }
    if (header.event_type === 'card.action.trigger')
      return sendJson(res, 200, await deps.intake.cardAction(event, header.event_id));
    // Other subscribed events (a user entered the chat, a message was read …) need no answer.
    return sendJson(res, 200, {});
  };
  const handle = deps.gate ? holdingGate(deps.gate, answer) : answer;
  return { '/feishu/events': handle, '/feishu/cards': handle };
}
