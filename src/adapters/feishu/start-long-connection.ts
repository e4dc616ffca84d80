import * as lark from '@larksuiteoapi/node-sdk';
import type { Logger } from '../../logger.ts';
import type { FeishuIntake } from './create-feishu-intake.ts';
import { sdkLogger } from './sdk-logger.ts';

type Handler = (data: Record<string, unknown>) => Promise<unknown>;

/**
 * What the long connection hands its events to. Payloads come flattened (header and event fields side
 * by side) and are authenticated by the connection itself; the handlers answer as fast as webhooks do,
 * and a card callback's return value is the callback response.
 */
export function createFeishuDispatcher(intake: FeishuIntake, logger: Logger): lark.EventDispatcher {
  // A payload that fails its schema was logged by the intake; the frame is answered and dropped.
  const handles: Record<string, Handler> = {
    'im.message.receive_v1': async (data) => {
      if (typeof data.event_id === 'string' && data.event_id !== '')
        await intake.message(data.event_id, data);
      else logger.warn({ problem: 'event_id: not a string' }, 'feishu payload refused');
    },
    'application.bot.menu_v6': async (data) => {
      if (typeof data.event_id === 'string' && data.event_id !== '') await intake.menu(data.event_id, data);
      else logger.warn({ problem: 'event_id: not a string' }, 'feishu payload refused');
    },
    'card.action.trigger': async (data) => {
      const eventId = data.event_id;
      if (eventId !== undefined && typeof eventId !== 'string') {
        logger.warn({ problem: 'event_id: not a string' }, 'feishu payload refused');
        return {};
      }
      const taken = await intake.cardAction(data, eventId || undefined);
      return taken.ok ? taken.response : {};
    },
  };
  return new lark.EventDispatcher({ logger: sdkLogger(logger), loggerLevel: lark.LoggerLevel.warn }).register(
    handles as Parameters<lark.EventDispatcher['register']>[0],
  );
}

/** The SDK's long connection: events and card callbacks over a socket the app opens, no public URL. */
export function startLongConnection(deps: {
  appId: string;
  appSecret: string;
  domain: string;
  intake: FeishuIntake;
  logger: Logger;
}): { close(): void; isConnected(): boolean } {
  const log = deps.logger.child({ component: 'feishu-ws' });
  const ws = new lark.WSClient({
    appId: deps.appId,
    appSecret: deps.appSecret,
    domain: deps.domain,
    logger: sdkLogger(log),
    loggerLevel: lark.LoggerLevel.warn,
    onReady: () => log.info('feishu long connection ready'),
    // /healthz answers 503 from here until 'restored': the operator's log says why.
    onReconnecting: () => log.warn('feishu long connection lost'),
    onReconnected: () => log.info('feishu long connection restored'),
    onError: (error: Error) => log.error({ err: error.message }, 'feishu long connection failed'),
  });
  void ws.start({ eventDispatcher: createFeishuDispatcher(deps.intake, log) });
  return { close: () => ws.close(), isConnected: () => ws.getConnectionStatus().state === 'connected' };
}
