import pino from 'pino';
import type { Card } from '../../cards/card.ts';
import { seedDemo } from '../../src/cli/seed-demo.ts';
import { createBot } from '../../src/core/handle-event.ts';
import type { LanguageModel } from '../../src/core/llm/language-model.ts';
import type { ActionEvent, Reply, Sender } from '../../src/core/types.ts';
import type { Db } from '../../src/db/client.ts';
import type { Locale, PlatformAccount, Role } from '../../src/domain/people.ts';
import { createTestDb } from './db.ts';

/** Monday 2026-11-23 10:00 in Shanghai: every test reads dates against it. */
export const fixedNow = new Date('2026-11-23T10:00:00+08:00');
export const timeZone = 'Asia/Shanghai';

export type DemoKey = 'manager' | 'zhang' | 'li' | 'tom' | 'service' | 'admin';

/** A bot on a fresh database with the demo data, a fixed clock and a silent logger. */
export async function createTestBot(
  options: { seed?: boolean; llm?: LanguageModel; adminUsers?: PlatformAccount[] } = {},
) {
  const { db } = await createTestDb();
  if (options.seed ?? true) await seedDemo(db, fixedNow);
  let clock = fixedNow;
  const bot = createBot({
    db,
    logger: pino({ level: 'silent' }),
    now: () => clock,
    timeZone,
    ...(options.llm ? { llm: options.llm } : {}),
    ...(options.adminUsers ? { adminUsers: options.adminUsers } : {}),
  });
  let counter = 0;
  // A Sender passes through as it is: a platform account with a display name, as adapters send it.
  const sender = (key: DemoKey | string | Sender): Sender =>
    typeof key === 'object'
      ? key
      : { platform: 'console', externalId: key.includes(':') ? key : `demo:${key}` };

  async function say(
    who: DemoKey | string | Sender,
    text: string,
    chat: 'direct' | 'group' = 'direct',
  ): Promise<Reply> {
    return bot.handle({
      kind: 'message',
      eventId: `t${++counter}`,
      sender: sender(who),
      chat: { id: 'c', kind: chat },
      text,
    });
  }
  async function press(
    who: DemoKey | string | Sender,
    button: Pick<ActionEvent, 'action' | 'payload'>,
    values: Record<string, string> = {},
  ): Promise<Reply> {
    return bot.handle({
      kind: 'action',
      eventId: `t${++counter}`,
      sender: sender(who),
      chat: { id: 'c', kind: 'direct' },
      action: button.action,
      payload: button.payload,
      values,
    });
  }
  return {
    db,
    bot,
    say,
    press,
    /** Waits for the work the bot started after replying (the model's minutes). */
    idle: () => bot.idle(),
    setNow: (date: Date) => {
      clock = date;
    },
  };
}

/**
 * Adds 华为科技有限公司 for 李娜: its short name 华为 is also 华为技术's, so a bare 华为 is truly ambiguous
 * for whoever sees both (the demo's 华为终端 is not: 华为 alone means 华为技术).
 */
export async function addHuaweiLookalike(db: Db): Promise<void> {
  await db.customer.create({
    data: { name: '华为科技有限公司', normalizedName: '华为科技', ownerId: await personId(db, '李娜') },
  });
}

/**
 * A member the test needs besides the demo people, on a console account ("console:admin2"). People who
 * only write to the bot are not let in until an admin approves them, so tests seed the ones they use.
 */
export async function addMember(
  db: Db,
  externalId: string,
  person: { name: string; role: Role; teamId?: number | null; locale?: Locale },
): Promise<number> {
  const row = await db.person.create({
    data: { ...person, identities: { create: { platform: 'console', externalId } } },
  });
  return row.id;
}

export async function personId(db: Db, name: string): Promise<number> {
  return (await db.person.findFirstOrThrow({ where: { name } })).id;
}

/** The text a person reads on a card: title, sections, fields, buttons and footer. */
export function cardText(card: Card): string {
  return [
    card.title,
    ...card.sections.flatMap((section) => [
      section.text ?? '',
      ...(section.fields ?? []).map((f) => `${f.label}: ${f.value}`),
    ]),
    ...card.buttons.map((button) => `[${button.label}]`),
    card.footer ?? '',
  ].join('\n');
}

export function button(card: Card | undefined, action: string, index = 0) {
  const found = (card?.buttons ?? []).filter((b) => b.action === action)[index];
  if (!found) throw new Error(`no ${action} button on card "${card?.title}"`);
  return found;
}
