import type { Card } from '../../../cards/card.ts';
import type { Reply } from '../../../src/core/types.ts';
import { cardText, createTestBot, type DemoKey, personId } from '../../helpers/bot.ts';

/** A test bot with the demo team, plus ways to file complaints, add people and read pushes. */
export async function setupComplaints() {
  const bot = await createTestBot();
  const { db } = bot;
  const team = await db.team.findFirstOrThrow();

  /** Files a complaint in chat and returns the reply, its card and the complaint's id. */
  async function file(who: DemoKey | string, text: string) {
    const reply = await bot.say(who, text);
    const card = reply.cards[0]!;
    const id = Number(/#(\d+)/.exec(card.title)?.[1]);
    if (!id) throw new Error(`not a complaint card: ${cardText(card)}`);
    return { reply, card, id };
  }

  /** A new person who can chat as `console:demo:<key>`. */
  async function addPerson(
    key: string,
    data: { name: string; role: string; teamId?: number | null; managerId?: number | null },
  ) {
    const person = await db.person.create({
      data: {
        name: data.name,
        role: data.role,
        teamId: data.teamId === undefined ? team.id : data.teamId,
        managerId: data.managerId ?? null,
        identities: { create: { platform: 'console', externalId: `demo:${key}` } },
      },
    });
    return person.id;
  }

  /** The cards pushed to a person, oldest first, optionally of one kind. */
  async function pushesFor(name: string, kind?: string): Promise<Card[]> {
    const rows = await db.push.findMany({
      where: { personId: await personId(db, name), ...(kind ? { kind } : {}) },
      orderBy: { id: 'asc' },
    });
    return rows.flatMap((row) => JSON.parse(row.cards) as Card[]);
  }

  async function complaint(id: number) {
    return db.complaint.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { id: 'asc' } } } });
  }

  return { ...bot, team, file, addPerson, pushesFor, complaint, id: (name: string) => personId(db, name) };
}

export function title(reply: Reply): string {
  return reply.cards[0]!.title;
}

export function text(reply: Reply): string {
  return cardText(reply.cards[0]!);
}
