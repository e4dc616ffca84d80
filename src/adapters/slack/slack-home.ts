import type { Bot } from '../../core/handle-event.ts';
import type { Sender } from '../../core/types.ts';
import type { Logger } from '../../logger.ts';
import { renderBlocks, type SlackBlock } from './render-blocks.ts';

/** Slack's limit on the blocks of a Home tab (views.publish). */
const homeBlocks = 100;

/** The App Home tab: drawn from the core's home card, with views.publish. */
export interface SlackHome {
  /** Draws the Home for someone who opened it (a failure is logged: the next opening draws it again). */
  draw(sender: Sender, eventId: string): Promise<void>;
  /** Redraws it after something the person did, if they have looked at their Home since we started. */
  refresh(sender: Sender, eventId: string): Promise<void>;
  /** Notes that the person has their Home open (they pressed a button on it). */
  seen(user: string): void;
}

export function createSlackHome(deps: {
  bot: Bot;
  publish(user: string, blocks: SlackBlock[]): Promise<void>;
  logger: Logger;
}): SlackHome {
  // Slack sends app_home_opened each time the tab is opened, so a Home nobody looks at needs no redraw;
  // after a restart the next opening draws it again.
  const viewers = new Set<string>();
  const draw = async (sender: Sender, eventId: string) => {
    viewers.add(sender.externalId);
    const reply = await deps.bot.handle({
      kind: 'action',
      eventId: `${eventId}:home`,
      sender,
      chat: { id: sender.externalId, kind: 'direct' },
      action: 'home.show',
      payload: {},
      values: {},
    });
    // An outsider's Home holds the core's answer to them (waiting for access) instead of the home card.
    const blocks = reply.cards
      .flatMap((card) => renderBlocks(card, reply.locale).blocks)
      .slice(0, homeBlocks);
    // Nothing to retry: the Home is drawn again each time it is opened.
    await deps
      .publish(sender.externalId, blocks)
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'could not draw the Slack home tab'));
  };
  return {
    draw,
    async refresh(sender, eventId) {
      if (viewers.has(sender.externalId)) await draw(sender, eventId);
    },
    seen: (user) => viewers.add(user),
  };
}
