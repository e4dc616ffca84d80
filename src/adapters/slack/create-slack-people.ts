import type { WebClient } from '@slack/web-api';
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';

export interface SlackPeople {
  /** The display name of a Slack user the CRM does not know yet; undefined for known ones or on failure. */
  displayNameOf(userId: string): Promise<string | undefined>;
}

/**
 * Names for new people: the first time an unknown Slack user writes, users.info gives their display
 * name, which becomes the new person's name. Answers are cached for the life of the process.
 */
export function createSlackPeople(deps: { db: Db; client: WebClient; logger: Logger }): SlackPeople {
  const cache = new Map<string, string | undefined>();
  return {
    async displayNameOf(userId) {
      if (cache.has(userId)) return cache.get(userId);
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
