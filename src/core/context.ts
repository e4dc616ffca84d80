import type { Card } from '../../cards/card.ts';
import type { Actor } from '../domain/people.ts';
import type { Logger } from '../logger.ts';
import type { BotDeps, ChatRef, Reply } from './types.ts';

/** Everything a use case needs about the event it serves. */
export interface Ctx extends BotDeps {
  actor: Actor;
  log: Logger;
  /** Where a write came from, for the audit log: "console:12", "slack:Ev123". */
  source: string;
  chat: ChatRef;
  /**
   * Runs `work` after the reply, without holding it (a model's draft, say). Failures are logged;
   * `Bot.idle()` waits for all of it.
   */
  defer: (label: string, work: () => Promise<void>) => void;
}

export function reply(cards: Card[], options: Partial<Omit<Reply, 'cards'>> = {}): Reply {
  return {
    cards,
    private: options.private ?? false,
    replaceOriginal: options.replaceOriginal ?? false,
    ...(options.refused ? { refused: true } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  };
}

/** Customer details asked for in a group chat go to the asker only. */
export function privateInGroups(ctx: Ctx, cards: Card[]): Reply {
  return reply(cards, { private: ctx.chat.kind === 'group' });
}
