import type { ActionId } from '../../../cards/card.ts';
import type { Locale } from '../../domain/people.ts';
import { checkPayload } from '../http/check-payload.ts';
import { feishuBotMenuEventSchema } from './feishu-payload-schemas.ts';

/** A press on the bot's menu as the adapter keeps it: recorded, then answered in the person's DM. */
export interface FeishuMenuPress {
  type: 'menu';
  eventKey: string;
  operatorOpenId: string;
}

export type ReadBotMenu =
  | { kind: 'menu'; press: FeishuMenuPress }
  /** Not the shape Feishu sends: refused (400 on a webhook), nothing recorded. */
  | { kind: 'invalid'; problem: string };

/** `application.bot.menu_v6` → who pressed which item, checked by its schema. */
export function readBotMenu(event: Record<string, unknown>): ReadBotMenu {
  const checked = checkPayload(feishuBotMenuEventSchema, event, 'event');
  if (!checked.ok) return { kind: 'invalid', problem: checked.problem };
  return {
    kind: 'menu',
    press: {
      type: 'menu',
      eventKey: checked.value.event_key,
      operatorOpenId: checked.value.operator.operator_id.open_id,
    },
  };
}

/**
 * The menu's event keys (set in the developer console, README "Bot menu") and what each one does: most
 * run exactly what typing the words would, in the person's language; what no words ask for runs the
 * action a button on the home card would. Either way the menu reaches no use case a person cannot.
 */
// In the person's own script too: the core takes the language of a message as theirs from then on.
export const menuCommands = {
  log_visit: { text: { 'zh-Hans': '怎么记录拜访', 'zh-Hant': '怎麼記錄拜訪', en: 'how do I log a visit' } },
  my_follow_ups: { text: { 'zh-Hans': '我的跟进', 'zh-Hant': '我的跟進', en: 'my follow-ups' } },
  my_complaints: { action: 'complaint.list_mine' },
  daily_report: { text: { 'zh-Hans': '生成今天的日报', 'zh-Hant': '生成今天的日報', en: 'daily report' } },
  help: { text: { 'zh-Hans': '帮助', 'zh-Hant': '幫助', en: 'help' } },
} as const satisfies Record<string, { text: Record<Locale, string> } | { action: ActionId }>;

export type MenuKey = keyof typeof menuCommands;

export function isMenuKey(key: string): key is MenuKey {
  return Object.hasOwn(menuCommands, key);
}
