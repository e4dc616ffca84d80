import type { Cache } from '@larksuiteoapi/node-sdk';

/** The SDK's cache, for the tenant access token it fetches and reuses, and a way to drop it. */
export interface TokenCache extends Cache {
  /** Forget every token: the platform said the one we hold is no longer valid. */
  clear(): void;
}

/**
 * Holds the tenant token until shortly before it expires (the SDK stores it with expiry − 3 min), on
 * our clock so tests can move time; cleared when Feishu rejects it early.
 */
export function createTokenCache(now: () => Date = () => new Date()): TokenCache {
  const values = new Map<string, { value: unknown; expiresAt?: number }>();
  const keyOf = (key: unknown, namespace?: string) => `${namespace ?? ''}/${String(key)}`;
  return {
    async get(key, options) {
      const entry = values.get(keyOf(key, options?.namespace));
      if (!entry) return undefined;
      if (entry.expiresAt !== undefined && entry.expiresAt <= now().getTime()) return undefined;
      return entry.value;
    },
    async set(key, value, expire, options) {
      // The SDK gives an absolute time on the system clock; keep the lifetime, counted on ours.
      const expiresAt = expire === undefined ? undefined : now().getTime() + (expire - Date.now());
      values.set(keyOf(key, options?.namespace), { value, expiresAt });
      return true;
    },
    clear() {
      values.clear();
    },
  };
}
