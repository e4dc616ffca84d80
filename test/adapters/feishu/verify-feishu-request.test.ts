import { describe, expect, it } from 'vitest';
import { decryptFeishu, feishuSignature } from '../../../src/adapters/feishu/feishu-crypto.ts';
import { verifyFeishuRequest } from '../../../src/adapters/feishu/verify-feishu-request.ts';
import { encryptedRequest, encryptFeishu, encryptKey, messageEvent, verificationToken } from './fixtures.ts';

describe('Feishu decryption', () => {
  it.each([
    ['test key', 'P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=', 'hello world'],
    [
      'mazhe.nerd',
      'tT1xP+ovuc0T3b/rnZX3ax76exqAn0ANQ6/U45GcciC0mgNBc8JtvqOJGNAPMKpgRs2dVU1NYk9VDeqS8T4SYtU0hzNU54aS84WnxvZ3VFfDcy/RyABlNqlUiGyLDzFI0yxdCMT4KR/YEQXlt6nZi50KwRlZ+A75r645KesZuLMljezYyY8VeeXEVjPw35+e',
      '{"challenge":"5634b122-c042-4634-bc7f-b07a3c3e77ad","token":"iRdCP2WwXNBXRM3mGLqhrgch3cn0gbT6","type":"url_verification"}',
    ],
  ])('decrypts the documented vector for key %s', (key, encrypt, plain) => {
    expect(decryptFeishu(key, encrypt)).toBe(plain);
  });

  it('decrypts what the test fixtures encrypt', () => {
    expect(decryptFeishu(encryptKey, encryptFeishu(encryptKey, '{"a":1}'))).toBe('{"a":1}');
  });
});

describe('verifying a webhook request', () => {
  const withKey = { encryptKey, verificationToken };

  it('accepts an encrypted, signed event and returns its plaintext', () => {
    const event = messageEvent({ text: 'hi' });
    const { raw, headers } = encryptedRequest(event);
    expect(verifyFeishuRequest(raw, headers, withKey)).toEqual({ kind: 'event', body: event });
  });

  it('checks the signature over the raw bytes, so a body with other spacing still verifies', () => {
    const { raw, headers } = encryptedRequest(messageEvent());
    // The SDK re-serialises the parsed body before hashing; this body would fail there.
    const spaced = Buffer.from(raw.toString('utf8').replace('{"encrypt":', '{ "encrypt" : '));
    const timestamp = headers['x-lark-request-timestamp'];
    const nonce = headers['x-lark-request-nonce'];
    const signature = feishuSignature(timestamp, nonce, encryptKey, spaced);
    expect(verifyFeishuRequest(spaced, { ...headers, 'x-lark-signature': signature }, withKey).kind).toBe(
      'event',
    );
    expect(verifyFeishuRequest(spaced, headers, withKey).kind).toBe('refused');
  });

  it.each([
    ['a wrong signature', (h: Record<string, string>) => ({ ...h, 'x-lark-signature': 'f'.repeat(64) })],
    ['no signature', (h: Record<string, string>) => ({ ...h, 'x-lark-signature': '' })],
    ['another nonce', (h: Record<string, string>) => ({ ...h, 'x-lark-request-nonce': 'other' })],
  ])('refuses %s', (_name, change) => {
    const { raw, headers } = encryptedRequest(messageEvent());
    expect(verifyFeishuRequest(raw, change(headers), withKey).kind).toBe('refused');
  });

  it('refuses a body encrypted with another key, and a plain body when a key is set', () => {
    const other = encryptedRequest(messageEvent(), 'another-key');
    expect(verifyFeishuRequest(other.raw, other.headers, withKey)).toMatchObject({ kind: 'refused' });
    const plain = Buffer.from(JSON.stringify(messageEvent()));
    expect(verifyFeishuRequest(plain, {}, withKey)).toMatchObject({
      kind: 'refused',
      reason: 'not_encrypted',
    });
  });

  it('with only a verification token, checks header.token in v2.0 events', () => {
    const good = Buffer.from(JSON.stringify(messageEvent()));
    expect(verifyFeishuRequest(good, {}, { verificationToken }).kind).toBe('event');
    const forged = messageEvent();
    (forged.header as { token: string }).token = 'guessed';
    expect(verifyFeishuRequest(Buffer.from(JSON.stringify(forged)), {}, { verificationToken })).toMatchObject(
      {
        kind: 'refused',
        reason: 'bad_token',
      },
    );
  });

  it('answers url_verification, plain and encrypted, and refuses a challenge with a wrong token', () => {
    const challenge = { challenge: 'ajls384kdjx98XX', token: verificationToken, type: 'url_verification' };
    const plain = Buffer.from(JSON.stringify(challenge));
    expect(verifyFeishuRequest(plain, {}, { verificationToken })).toEqual({
      kind: 'challenge',
      challenge: 'ajls384kdjx98XX',
    });
    const encrypted = Buffer.from(
      JSON.stringify({ encrypt: encryptFeishu(encryptKey, JSON.stringify(challenge)) }),
    );
    expect(verifyFeishuRequest(encrypted, {}, withKey)).toEqual({
      kind: 'challenge',
      challenge: 'ajls384kdjx98XX',
    });
    const wrong = Buffer.from(JSON.stringify({ ...challenge, token: 'nope' }));
    expect(verifyFeishuRequest(wrong, {}, { verificationToken }).kind).toBe('refused');
  });

  describe('the signature timestamp (X-Lark-Request-Timestamp)', () => {
    const nowMs = Date.parse('2026-11-23T02:00:00Z');
    const seconds = (offset: number) => String(nowMs / 1000 + offset);

    it.each([
      ['now', 0],
      ['4 minutes 59 seconds ago', -299],
      ['a little ahead of our clock', 120],
    ])('accepts a request signed %s', (_when, offset) => {
      const { raw, headers } = encryptedRequest(messageEvent(), encryptKey, { timestamp: seconds(offset) });
      expect(verifyFeishuRequest(raw, headers, withKey, nowMs).kind).toBe('event');
    });

    it.each([
      ['6 minutes ago', seconds(-360), 'stale_timestamp'],
      ['yesterday', seconds(-86_400), 'stale_timestamp'],
      ['10 minutes in the future', seconds(600), 'stale_timestamp'],
      ['in milliseconds', String(nowMs), 'bad_timestamp'],
      ['not a number', 'yesterday', 'bad_timestamp'],
      ['negative', '-1', 'bad_timestamp'],
    ])('refuses a correctly signed request whose timestamp is %s', (_when, timestamp, reason) => {
      // Signed over that timestamp with the real key: only its age gives it away.
      const { raw, headers } = encryptedRequest(messageEvent(), encryptKey, { timestamp });
      expect(verifyFeishuRequest(raw, headers, withKey, nowMs)).toEqual({ kind: 'refused', reason });
    });

    it('refuses a signed request without a timestamp', () => {
      const { raw, headers } = encryptedRequest(messageEvent());
      const { 'x-lark-request-timestamp': _dropped, ...rest } = headers;
      expect(verifyFeishuRequest(raw, rest, withKey)).toEqual({ kind: 'refused', reason: 'unsigned' });
    });
  });
});
