import type * as lark from '@larksuiteoapi/node-sdk';
import type { Logger } from '../../logger.ts';

/**
 * open_id → the person's name from the contact API (contact.v3.user.get), kept in memory. A failure
 * (no contact permission, a user outside the app's range) is logged and answered with undefined: the
 * person is then known by their open_id until an admin renames them.
 */
export function createNameLookup(deps: { client: lark.Client; logger: Logger; max?: number }) {
  const names = new Map<string, string | undefined>();
  const max = deps.max ?? 10_000;
  return async function findName(openId: string): Promise<string | undefined> {
    if (names.has(openId)) return names.get(openId);
    let name: string | undefined;
    try {
      const result = await deps.client.contact.v3.user.get({
        path: { user_id: openId },
        params: { user_id_type: 'open_id' },
      });
      if (result.code === 0) name = result.data?.user?.name || undefined;
      else
        deps.logger.warn({ code: result.code, openId }, 'feishu contact lookup refused: using the open_id');
    } catch (error) {
      deps.logger.warn({ err: describe(error), openId }, 'feishu contact lookup failed: using the open_id');
      return undefined; // not cached: a network blip should not stick
    }
    if (names.size >= max) names.clear();
    names.set(openId, name);
    return name;
  };
}

function describe(error: unknown): string {
  const e = error as { response?: { status?: number; data?: { code?: number } }; message?: string };
  return e.response ? `http_${e.response.status} code ${e.response.data?.code ?? '?'}` : String(e?.message);
}
