import { accessRequestCard } from '../../cards/access-request.ts';
import { recordAudit } from '../db/audit.ts';
import type { Db } from '../db/client.ts';
import { findMembers, type Outsider } from '../db/people.ts';
import { recordPushes } from '../db/pushes.ts';
import { baseName, type Locale, labelNamesakes, readLocale } from '../domain/people.ts';

export interface AccessRequest {
  /** "slack:U0ABC". */
  account: string;
  firstMessage: string | null;
}

/** Who may let this person in: every admin, and the managers of the person's team when they have one. */
export async function findDeciders(
  db: Db,
  person: { teamId: number | null },
): Promise<{ id: number; locale: Locale }[]> {
  const rows = await db.person.findMany({
    where: {
      OR: [
        { role: 'admin' },
        ...(person.teamId === null ? [] : [{ role: 'manager', teamId: person.teamId }]),
      ],
    },
    select: { id: true, locale: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((row) => ({ id: row.id, locale: readLocale(row.locale) }));
}

/** The colleagues already called what this person is called, labelled apart, for the card's warning. */
export async function findNamesakes(db: Db, person: { id: number; name: string }): Promise<string[]> {
  const folded = baseName(person.name).toLowerCase();
  const alike = (await findMembers(db)).filter(
    (m) => m.actor.id !== person.id && baseName(m.actor.name).toLowerCase() === folded,
  );
  const labels = labelNamesakes(alike.map((m) => ({ ...m.actor, team: m.team, accounts: m.accounts })));
  return alike.map((m) => labels.get(m.actor.id)!);
}

/**
 * Sends the request card to each decider, once per person and decider however often the person
 * writes (the push key says so); a decider who joins later gets it at the person's next message.
 * Returns how many people can decide, so the person can be told when nobody can.
 */
export async function requestAccess(
  deps: { db: Db; timeZone: string },
  person: Outsider,
  request: AccessRequest,
  source: string,
  now: Date,
): Promise<number> {
  const deciders = await findDeciders(deps.db, person);
  if (deciders.length === 0) return 0;
  const namesakes = await findNamesakes(deps.db, person);
  await deps.db.$transaction(async (tx) => {
    const fresh = await recordPushes(
      tx,
      deciders.map((decider) => ({
        key: `access_request:${person.id}:${decider.id}`,
        personId: decider.id,
        kind: 'access_request',
        cards: [
          accessRequestCard({
            locale: decider.locale,
            timeZone: deps.timeZone,
            recipientId: decider.id,
            personId: person.id,
            name: person.name,
            account: request.account,
            firstMessage: request.firstMessage,
            namesakes,
          }),
        ],
      })),
      now,
    );
    if (fresh === 0) return;
    await recordAudit(tx, [
      {
        actorId: person.id,
        action: 'person.access_requested',
        entity: 'person',
        entityId: person.id,
        data: { ...request, to: deciders.map((decider) => decider.id) },
        source,
        at: now,
      },
    ]);
  });
  return deciders.length;
}
