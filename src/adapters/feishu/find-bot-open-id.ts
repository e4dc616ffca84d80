import type * as lark from '@larksuiteoapi/node-sdk';
import type { Logger } from '../../logger.ts';

/**
 * The bot's own open_id (GET /open-apis/bot/v3/info), to tell an @-mention of the bot from one of a
 * colleague in a group. Asked once; after a failure asked again at most once a minute, and until then
 * group messages are not taken (p2p chats still work).
 */
export function createBotOpenId(deps: { client: lark.Client; logger: Logger; now?: () => number }) {
  const now = deps.now ?? Date.now;
  let known: string | undefined;
  let lastTry = Number.NEGATIVE_INFINITY;
  let pending: Promise<string | undefined> | undefined;

  async function ask(): Promise<string | undefined> {
    try {
      const result = (await deps.client.request({ method: 'GET', url: '/open-apis/bot/v3/info' })) as {
        code?: number;
        bot?: { open_id?: string };
      };
      if (result.code === 0 && result.bot?.open_id) return result.bot.open_id;
      deps.logger.warn(
        { code: result.code },
        'feishu bot info refused: group @-mentions are ignored for now',
      );
    } catch (error) {
      deps.logger.warn(
        { err: (error as Error)?.message },
        'feishu bot info failed: group @-mentions are ignored for now',
      );
    }
    return undefined;
  }

  return async function findBotOpenId(): Promise<string | undefined> {
    if (known) return known;
    if (pending) return pending;
    if (now() - lastTry < 60_000) return undefined;
    lastTry = now();
    pending = ask().finally(() => {
      pending = undefined;
    });
    known = await pending;
    return known;
  };
}
