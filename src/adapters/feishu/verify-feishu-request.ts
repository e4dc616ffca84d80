import type { IncomingHttpHeaders } from 'node:http';
import { parseJsonObject } from '../http/parse-json-object.ts';
import { decryptFeishu, feishuSignature, isSameSecret } from './feishu-crypto.ts';

export interface FeishuSecrets {
  encryptKey?: string;
  verificationToken?: string;
}

/** How far X-Lark-Request-Timestamp may be from our clock, either way: Slack's replay window. */
export const maxClockSkewSeconds = 300;

export type VerifiedRequest =
  | { kind: 'event'; body: Record<string, unknown> }
  | { kind: 'challenge'; challenge: string }
  /** Verified, but its content is not a JSON object we can read: a bad request. */
  | { kind: 'malformed'; problem: string }
  | { kind: 'refused'; reason: string };

/**
 * Checks a webhook request over its raw bytes. With an Encrypt Key the body must be encrypted and
 * signed, and signed recently (`nowMs`: the wall clock); with only a Verification Token the token in
 * the body must match (the SDK checks nothing then).
 */
export function verifyFeishuRequest(
  raw: Buffer,
  headers: IncomingHttpHeaders,
  secrets: FeishuSecrets,
  nowMs: number = Date.now(),
): VerifiedRequest {
  const outer = parseJsonObject(raw.toString('utf8'));
  if (!outer) return { kind: 'refused', reason: 'malformed_body' };
  let body = outer;
  if (secrets.encryptKey) {
    if (typeof outer.encrypt !== 'string') return { kind: 'refused', reason: 'not_encrypted' };
    let plaintext: string;
    try {
      plaintext = decryptFeishu(secrets.encryptKey, outer.encrypt);
    } catch {
      // A wrong key or a forged payload: padding fails; the request is refused, not an error.
      return { kind: 'refused', reason: 'undecryptable' };
    }
    const plain = parseJsonObject(plaintext);
    if (!plain) {
      // Signed with our key, this came from Feishu (or from whoever holds it): a bad request, not a
      // stranger's. Unsigned, it is nobody's.
      return isSigned(raw, headers, secrets.encryptKey, nowMs) === true
        ? { kind: 'malformed', problem: 'body: not a JSON object, or nested too deep' }
        : { kind: 'refused', reason: 'undecryptable' };
    }
    body = plain;
  } else if (typeof outer.encrypt === 'string') {
    return { kind: 'refused', reason: 'encrypted_without_key' };
  }

  if (body.type === 'url_verification') {
    // Feishu signs no challenge; decrypting it (or its token) proves who sent it.
    if (!hasToken(body, secrets.verificationToken)) return { kind: 'refused', reason: 'bad_token' };
    return typeof body.challenge === 'string'
      ? { kind: 'challenge', challenge: body.challenge }
      : { kind: 'refused', reason: 'malformed_body' };
  }
  if (secrets.encryptKey) {
    const signed = isSigned(raw, headers, secrets.encryptKey, nowMs);
    if (signed !== true) return { kind: 'refused', reason: signed || 'bad_signature' };
  } else if (!secrets.verificationToken) {
    return { kind: 'refused', reason: 'no_secret_configured' };
  }
  if (!hasToken(body, secrets.verificationToken)) return { kind: 'refused', reason: 'bad_token' };
  return { kind: 'event', body };
}

/** True when X-Lark-Signature matches and was made recently; otherwise why not (false: a wrong signature). */
function isSigned(
  raw: Buffer,
  headers: IncomingHttpHeaders,
  encryptKey: string,
  nowMs: number,
): true | false | 'unsigned' | 'bad_timestamp' | 'stale_timestamp' {
  const timestamp = header(headers, 'x-lark-request-timestamp');
  const nonce = header(headers, 'x-lark-request-nonce');
  const signature = header(headers, 'x-lark-signature');
  if (!timestamp || !nonce || !signature) return 'unsigned';
  // The signature covers the timestamp, so a captured request replayed later carries its old one:
  // refused outside the window, as Slack's are. Feishu sends Unix seconds.
  if (!/^\d{1,12}$/.test(timestamp)) return 'bad_timestamp';
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > maxClockSkewSeconds) return 'stale_timestamp';
  return isSameSecret(feishuSignature(timestamp, nonce, encryptKey, raw), signature);
}

/** v2.0 events carry the token in `header.token`; v1 events and challenges at the top. */
function hasToken(body: Record<string, unknown>, expected: string | undefined): boolean {
  if (!expected) return true;
  const headerObject = body.header as { token?: unknown } | undefined;
  const token = headerObject?.token ?? body.token;
  return typeof token === 'string' && isSameSecret(expected, token);
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
