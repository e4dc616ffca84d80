import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// Feishu's event encryption (open.feishu.cn "Encrypt Key" guide): AES-256-CBC with key = SHA-256 of
// the Encrypt Key, the IV in the first 16 bytes of the base64 payload, PKCS#7 padding.

/** The plaintext of an `{"encrypt": …}` body; throws when the key does not fit the payload. */
export function decryptFeishu(encryptKey: string, encrypt: string): string {
  const key = createHash('sha256').update(encryptKey).digest();
  const data = Buffer.from(encrypt, 'base64');
  const decipher = createDecipheriv('aes-256-cbc', key, data.subarray(0, 16));
  return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]).toString('utf8');
}

/** What Feishu does before sending (a random IV in front); the fake platform and the benchmark use it. */
export function encryptFeishu(encryptKey: string, plaintext: string): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', createHash('sha256').update(encryptKey).digest(), iv);
  return Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

/**
 * X-Lark-Signature: plain SHA-256 (not an HMAC) over timestamp + nonce + Encrypt Key + the raw body
 * bytes as received. The SDK hashes a re-serialised body instead, which fails on any other spacing.
 */
export function feishuSignature(
  timestamp: string,
  nonce: string,
  encryptKey: string,
  rawBody: Buffer,
): string {
  return createHash('sha256')
    .update(Buffer.concat([Buffer.from(timestamp + nonce + encryptKey, 'utf8'), rawBody]))
    .digest('hex');
}

export function isSameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
