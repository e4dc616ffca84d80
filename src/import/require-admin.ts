import type { Actor } from '../domain/people.ts';
import { BotError } from '../errors.ts';

const what = {
  import: ['导入客户', 'import customers'],
  merge: ['合并客户', 'merge customers'],
  find_duplicates: ['查重', 'look for duplicate customers'],
} as const;

/** Imports, duplicate checks and merges change many customers at once: admins only. */
export function requireAdmin(actor: Actor, action: keyof typeof what): void {
  if (actor.role === 'admin') return;
  const [zh, en] = what[action];
  throw new BotError(
    'forbidden',
    actor.locale !== 'en' ? `只有管理员可以${zh}。` : `Only an admin can ${en}.`,
  );
}
