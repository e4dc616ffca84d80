import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack's replay window; unlike Bolt we refuse timestamps this far in the future too. */
export const maxClockSkewSeconds = 300;

/** The v0 signature of a request body: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}`. */
export function signSlackRequest(signingSecret: string, timestamp: string | number, body: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export type SlackVerification =
  | { ok: true }
  | { ok: false; reason: 'missing_headers' | 'stale_timestamp' | 'bad_signature' };

/**
 * What the headers alone tell: both present, the timestamp within the replay window. Checked before
 * the body is read, so a request that cannot be Slack's costs no memory.
 */
export function checkSlackHeaders(request: {
  timestamp: string | undefined;
  signature: string | undefined;
  nowMs: number;
}): SlackVerification {
  const { timestamp, signature } = request;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp) || !signature.startsWith('v0='))
    return { ok: false, reason: 'missing_headers' };
  if (Math.abs(request.nowMs / 1000 - Number(timestamp)) > maxClockSkewSeconds)
    return { ok: false, reason: 'stale_timestamp' };
  return { ok: true };
}

/** Checks X-Slack-Signature and X-Slack-Request-Timestamp against the raw body, in constant time. */
export function verifySlackRequest(request: {
  signingSecret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  body: string;
  nowMs: number;
}): SlackVerification {
  const headers = checkSlackHeaders(request);
  if (!headers.ok) return headers;
  const { timestamp, signature } = request as { timestamp: string; signature: string };
  const expected = Buffer.from(signSlackRequest(request.signingSecret, timestamp, request.body));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? { ok: true }
    : { ok: false, reason: 'bad_signature' };
}
