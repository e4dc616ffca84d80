import type { SendOutcome } from '../shared/outbox-worker.ts';

// Slack answers "ok": false with these when the fault is on its side or passing: worth another try.
const retryableErrors = new Set([
  'ratelimited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'team_added_to_org',
]);

interface SlackSdkError {
  code?: string;
  retryAfter?: number;
  statusCode?: number;
  data?: { error?: string };
  message?: string;
}

/**
 * A failed Web API call as an outbox outcome: 429 waits Retry-After, 5xx and network errors back off,
 * a business error (channel_not_found, invalid_blocks, …) fails for good and is logged.
 */
export function classifySlackError(error: unknown): Exclude<SendOutcome, { kind: 'sent' }> {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SlackSdkError;
  switch (e.code) {
    case 'slack_webapi_rate_limited_error':
      return { kind: 'retry', reason: 'rate_limited', afterMs: Math.max(1, e.retryAfter ?? 1) * 1000 };
    case 'slack_webapi_platform_error': {
      const reason = e.data?.error ?? 'unknown_error';
      return retryableErrors.has(reason) ? { kind: 'retry', reason } : { kind: 'failed', reason };
    }
    case 'slack_webapi_http_error':
      return (e.statusCode ?? 500) >= 500
        ? { kind: 'retry', reason: `http_${e.statusCode}` }
        : { kind: 'failed', reason: `http_${e.statusCode}` };
    case 'slack_webapi_request_error':
      return { kind: 'retry', reason: 'network_error' };
    default:
      // Anything else (a 429 without a readable Retry-After, a bug): back off and try again.
      return { kind: 'retry', reason: e.message ?? String(error) };
  }
}

/** A response_url answer, which is plain HTTP rather than the Web API. */
export function classifyResponseUrlStatus(status: number, retryAfter: string | null): SendOutcome {
  if (status >= 200 && status < 300) return { kind: 'sent' };
  if (status === 429) {
    const seconds = Number(retryAfter);
    return { kind: 'retry', reason: 'rate_limited', ...(seconds > 0 ? { afterMs: seconds * 1000 } : {}) };
  }
  if (status >= 500) return { kind: 'retry', reason: `http_${status}` };
  // 404 expired_url and other refusals: a response_url lives 30 minutes and takes 5 answers.
  return { kind: 'failed', reason: `http_${status}` };
}
