import { type App, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../logger.ts';
import type { SlackDispatcher } from './create-slack-dispatcher.ts';
import { toSlackLogger } from './slack-logger.ts';

export interface SocketMode {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Socket Mode: Bolt's SocketModeReceiver holds the websocket (apps.connections.open with the app token,
 * reconnects, acks by envelope id) and hands each delivery to our dispatcher, the same entry the HTTP
 * route uses. It needs no public URL.
 */
export function createSocketMode(deps: {
  appToken: string;
  apiUrl?: string;
  dispatcher: SlackDispatcher;
  logger: Logger;
}): SocketMode {
  const receiver = new SocketModeReceiver({
    appToken: deps.appToken,
    logger: toSlackLogger(deps.logger),
    installerOptions: { clientOptions: deps.apiUrl ? { slackApiUrl: deps.apiUrl } : {} },
  });
  // A Receiver only ever calls app.processEvent(event); the dispatcher is that entry, without the
  // rest of Bolt's App (which would ack events before we record them).
  receiver.init({ processEvent: (event) => deps.dispatcher.processEvent(event) } as Pick<
    App,
    'processEvent'
  > as App);
  return {
    start: async () => {
      await receiver.start();
      deps.logger.info('slack socket mode connected');
    },
    stop: () => receiver.stop(),
  };
}
