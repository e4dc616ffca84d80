import type { Logger } from '../../logger.ts';

/**
 * The SDK logs requests and errors through this. Its errors are ours to classify (the outbox logs the
 * outcome), so they stay at debug; objects are never spread into the log, as they can hold tokens.
 */
export function sdkLogger(logger: Logger) {
  const line = (parts: unknown[]) =>
    parts.map((part) => (typeof part === 'string' ? mask(part) : safe(part))).join(' ');
  return {
    error: (...parts: unknown[]) => logger.debug({ sdk: line(parts) }, 'feishu sdk error'),
    warn: (...parts: unknown[]) => logger.warn({ sdk: line(parts).slice(0, 300) }, 'feishu sdk warning'),
    info: (...parts: unknown[]) => logger.debug({ sdk: line(parts) }, 'feishu sdk'),
    debug: (...parts: unknown[]) => logger.trace({ sdk: line(parts) }, 'feishu sdk'),
    trace: (...parts: unknown[]) => logger.trace({ sdk: line(parts) }, 'feishu sdk'),
  };
}

/** Strings pass (with bearer tokens masked); objects, which can hold request headers and bodies, do not. */
function safe(part: unknown): string {
  if (part instanceof Error) return mask(part.message);
  const message = (part as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? mask(message) : `[${typeof part}]`;
}

function mask(text: string): string {
  return text.replace(/(Bearer\s+)\S+/gi, '$1[redacted]').replace(/\b[tu]-[\w-]{10,}/g, '[token]');
}
