import type * as lark from '@larksuiteoapi/node-sdk';
import type { Logger } from '../../logger.ts';

/**
 * chat_id → whether it is a p2p chat, from Feishu's chat info (im.v1.chat.get, `chat_mode`), kept in
 * memory: a chat's mode never changes. Anything else, a failure included, is answered 'group', the
 * side that never shows a private answer to more people than asked for it.
 */
export function createChatKindLookup(deps: { client: lark.Client; logger: Logger; max?: number }) {
  const kinds = new Map<string, 'p2p' | 'group'>();
  const max = deps.max ?? 10_000;
  return async function findChatKind(chatId: string): Promise<'p2p' | 'group'> {
    const known = kinds.get(chatId);
    if (known) return known;
    try {
      const result = await deps.client.im.v1.chat.get({ path: { chat_id: chatId } });
      if (result.code !== 0) {
        deps.logger.warn({ code: result.code, chatId }, 'feishu chat info refused: answering as in a group');
        return 'group'; // not cached: a permission granted later should take effect
      }
      const kind = result.data?.chat_mode === 'p2p' ? 'p2p' : 'group';
      if (kinds.size >= max) kinds.clear();
      kinds.set(chatId, kind);
      return kind;
    } catch (error) {
      deps.logger.warn(
        { err: (error as Error)?.message, chatId },
        'feishu chat info failed: answering as in a group',
      );
      return 'group'; // not cached: a network blip should not stick
    }
  };
}
