import type { WebClient } from '@slack/web-api';
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';

export interface SlackPeople {
  /** The display name of a Slack user the CRM does not know yet; undefined for known ones or on failure. */
  displayNameOf(userId: string): Promise<string | undefined>;
}

/**
 * Names for new people: the first time an unknown Slack user writes, users.info gives their display
 * name, which becomes the new person's name. Answers are cached, the most recently used `maxCached`
 * of them (a workspace of tens of thousands, or made-up user ids, must not grow the process forever).
 */
export function createSlackPeople(deps: {
  db: Db;
  client: WebClient;
  logger: Logger;
  maxCached?: number;
}): SlackPeople {
  const cache = createLruCache<string, string | undefined>(deps.maxCached ?? 1000);
  return {
    async displayNameOf(userId) {
      const hit = cache.get(userId);
      if (hit) return hit.value;
      const known = await deps.db.identity.findUnique({
        where: { platform_externalId: { platform: 'slack', externalId: userId } },
        select: { id: true },
      });
      if (known) {
        cache.set(userId, undefined);
        return undefined;
      }
      try {
        const { user } = await deps.client.users.info({ user: userId });
        const name =
          user?.profile?.display_name?.trim() ||
          user?.profile?.real_name?.trim() ||
          user?.real_name ||
          user?.name;
        cache.set(userId, name || undefined);
        return name || undefined;
      } catch (error) {
        // The person is created under their Slack id; an admin can rename them later.
        deps.logger.warn(
          { err: error, userId },
          'users.info failed: the new person is named by their Slack id',
        );
        return undefined;
      }
    },
  };
}

/** A Map in recency order: a hit moves to the end, and the oldest entry goes when it is full. */
function createLruCache<K, V>(max: number) {
  const entries = new Map<K, V>();
  return {
    get(key: K): { value: V } | undefined {
      if (!entries.has(key)) return undefined;
      const value = entries.get(key) as V;
      entries.delete(key);
      entries.set(key, value);
      return { value };
    },
    set(key: K, value: V): void {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > max) entries.delete(entries.keys().next().value as K);
    },
  };
}
