import { LogLevel, type Logger as SlackSdkLogger } from '@slack/web-api';
import type { Logger } from '../../logger.ts';

/** The Slack SDKs log through our pino logger, at debug for their chatter (bodies may hold tokens). */
export function toSlackLogger(logger: Logger): SlackSdkLogger {
  let level = LogLevel.INFO;
  const log = logger.child({ component: 'slack-sdk' });
  const text = (parts: unknown[]) =>
    parts.map((part) => (typeof part === 'string' ? part : String(part))).join(' ');
  return {
    debug: (...parts) => log.debug(text(parts)),
    info: (...parts) => log.debug(text(parts)),
    warn: (...parts) => log.warn(text(parts)),
    error: (...parts) => log.error(text(parts)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
