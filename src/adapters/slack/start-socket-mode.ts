import { type App, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../logger.ts';
import type { AckGate } from '../shared/create-ack-gate.ts';
import { classifySlackError } from './classify-slack-error.ts';
import type { SlackDispatcher } from './create-slack-dispatcher.ts';
import { toSlackLogger } from './slack-logger.ts';

export interface SocketMode {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Whether the websocket is open now (Slack's hello received, no drop since): for /healthz. */
  isConnected(): boolean;
}

const maxRetryMs = 60_000;

/**
 * Socket Mode: Bolt's SocketModeReceiver holds the websocket (apps.connections.open with the app token,
 * acks by envelope id) and hands each delivery to our dispatcher, the same entry the HTTP route uses.
 * It needs no public URL. Reconnecting is ours, not the SDK's: see `keepConnected`.
 */
export function createSocketMode(deps: {
  appToken: string;
  apiUrl?: string;
  dispatcher: SlackDispatcher;
  /** Held from an envelope's arrival to its ack, like the HTTP route holds it for a request. */
  gate: AckGate;
  logger: Logger;
  /** The least time between two connection attempts, and the first back-off after a failed one. */
  retryMs?: number;
}): SocketMode {
  const receiver = new SocketModeReceiver({
    appToken: deps.appToken,
    logger: toSlackLogger(deps.logger),
    autoReconnectEnabled: false,
    installerOptions: {
      clientOptions: {
        ...(deps.apiUrl ? { slackApiUrl: deps.apiUrl } : {}),
        // One attempt per connection try; the back-off below is the only retry layer.
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: 10_000,
      },
    },
  });
  // A Receiver only ever calls app.processEvent(event); the dispatcher is that entry, without the
  // rest of Bolt's App (which would ack events before we record them).
  const processEvent: App['processEvent'] = (event) =>
    deps.gate.hold(() => deps.dispatcher.processEvent(event));
  receiver.init({ processEvent } as Pick<App, 'processEvent'> as App);
  return keepConnected(receiver, deps.logger, deps.retryMs ?? 1000);
}

/**
 * The SDK's own reconnecting waits 5 s after every drop (Slack recycles connections every few hours,
 * sending `disconnect` first), and when Slack refuses the token on a reconnect it rejects a promise
 * nobody holds, which ends the whole process on Node 20. So: reconnect at once after a drop, back off
 * while attempts fail, and give up (logged) only when Slack refuses the app token.
 */
function keepConnected(receiver: SocketModeReceiver, logger: Logger, retryMs: number): SocketMode {
  const client = receiver.client;
  let stopped = true;
  let connecting = false;
  let connected = false;
  let timer: NodeJS.Timeout | undefined;
  let failures = 0;
  let lastAttemptAt = 0;

  const attempt = async (): Promise<void> => {
    connecting = true;
    lastAttemptAt = Date.now();
    try {
      await client.start();
      connected = true;
      failures = 0;
    } finally {
      connecting = false;
    }
  };

  const schedule = (waitMs = 0): void => {
    if (stopped || connecting || timer) return;
    const backoff = failures === 0 ? 0 : Math.min(retryMs * 2 ** (failures - 1), maxRetryMs);
    const delay = Math.max(backoff, waitMs, lastAttemptAt + retryMs - Date.now());
    timer = setTimeout(() => {
      timer = undefined;
      if (stopped) return;
      attempt().then(
        () => logger.info('slack socket mode reconnected'),
        (error: unknown) => onFailure(error),
      );
    }, delay);
  };

  const onFailure = (error: unknown): void => {
    // The client rejects with nothing when the websocket closes before Slack's hello.
    const outcome = classifySlackError(error ?? new Error('closed before hello'));
    if (outcome.kind === 'failed') {
      logger.error(
        { reason: outcome.reason },
        'slack refused socket mode: check SLACK_APP_TOKEN and restart',
      );
      return;
    }
    failures += 1;
    logger.warn({ reason: outcome.reason, failures }, 'slack socket mode could not connect, retrying');
    schedule(outcome.afterMs);
  };

  // Emitted whenever the websocket closes: Slack's `disconnect`, a lost link, a missed pong (and
  // stop(), which is not a reason to come back).
  client.on('disconnected', () => {
    connected = false;
    if (stopped || connecting) return;
    logger.info('slack socket mode disconnected, reconnecting');
    schedule();
  });

  return {
    async start() {
      stopped = false;
      try {
        await attempt();
        logger.info('slack socket mode connected');
      } catch (error) {
        // A refused token is a configuration mistake: stop the start. Anything else may pass.
        if (classifySlackError(error).kind === 'failed') throw error;
        onFailure(error);
      }
    },
    isConnected: () => connected,
    async stop() {
      stopped = true;
      connected = false;
      clearTimeout(timer);
      timer = undefined;
      await receiver.stop();
    },
  };
}
