import {
  type AccessState,
  type Actor,
  isAccessState,
  isRole,
  type Locale,
  type PlatformAccount,
  type Role,
  readLocale,
  roles,
} from '../domain/people.ts';
import type { Db, Tx } from './client.ts';

export const defaultTeamName = 'Sales';

interface PersonRow {
  id: number;
  name: string;
  role: string;
  teamId: number | null;
  locale: string;
}

export function toActor(row: PersonRow): Actor {
  return {
    id: row.id,
    name: row.name,
    role: isRole(row.role) ? row.role : 'rep',
    teamId: row.teamId,
    locale: readLocale(row.locale),
  };
}

/** Someone who wrote but is not let in: their state instead of a role. */
export interface Outsider {
  id: number;
  name: string;
  state: AccessState;
  teamId: number | null;
  locale: Locale;
}

export type KnownSender = { kind: 'member'; actor: Actor } | { kind: 'outsider'; person: Outsider };

export function toKnownSender(row: PersonRow): KnownSender {
  if (isRole(row.role)) return { kind: 'member', actor: toActor(row) };
  return {
    kind: 'outsider',
    person: {
      id: row.id,
      name: row.name,
      // A role nobody knows (an operator's typo in the table) lets nobody in: treat it as pending.
      state: isAccessState(row.role) ? row.role : 'pending',
      teamId: row.teamId,
      locale: readLocale(row.locale),
    },
  };
}

/** The person behind a platform account, or null when the account has never written. */
export async function findSender(db: Db | Tx, account: PlatformAccount): Promise<KnownSender | null> {
  const known = await db.identity.findUnique({
    where: { platform_externalId: { platform: account.platform, externalId: account.externalId } },
    include: { person: true },
  });
  return known ? toKnownSender(known.person) : null;
}

/** Every name in use, for giving a newcomer a name nobody else has. */
export async function findAllNames(db: Db | Tx): Promise<string[]> {
  return (await db.person.findMany({ select: { name: true } })).map((row) => row.name);
}

/** The default team, made on first use: where people let in without a team of their own go. */
export async function findDefaultTeamId(tx: Tx): Promise<number> {
  const team = await tx.team.upsert({
    where: { name: defaultTeamName },
    update: {},
    create: { name: defaultTeamName },
  });
  return team.id;
}

/** A new person with their platform account. */
export async function createPerson(
  tx: Tx,
  account: PlatformAccount,
  person: { name: string; role: Role | AccessState; teamId: number | null; locale: Locale },
): Promise<KnownSender> {
  const row = await tx.person.create({
    data: { ...person, identities: { create: { ...account } } },
  });
  return toKnownSender(row);
}

/**
 * Lets a waiting (or declined) person in with a role. Changes nothing and returns false when the
 * person is already a member: a second press or a redelivered action must not change the role again.
 */
export async function admitPerson(
  tx: Tx,
  personId: number,
  change: { role: Role; teamId?: number | null; managerId?: number | null },
  from: readonly AccessState[],
): Promise<boolean> {
  const { count } = await tx.person.updateMany({
    where: { id: personId, role: { in: [...from] } },
    data: change,
  });
  return count > 0;
}

/** Turns a waiting person away; false when someone decided already. */
export async function declinePerson(tx: Tx, personId: number): Promise<boolean> {
  const { count } = await tx.person.updateMany({
    where: { id: personId, role: 'pending' },
    data: { role: 'declined' },
  });
  return count > 0;
}

export async function rememberLocale(db: Db, actor: Actor, locale: Locale): Promise<Actor> {
  if (actor.locale === locale) return actor;
  await db.person.update({ where: { id: actor.id }, data: { locale } });
  return { ...actor, locale };
}

export async function findPeopleByName(db: Db, name: string): Promise<Actor[]> {
  const rows = await db.person.findMany({ where: { name }, orderBy: { id: 'asc' } });
  return rows.map(toActor);
}

/** The person id behind a platform account, whatever their state (pushes reach waiting people too). */
export async function findPersonIdByAccount(db: Db, account: PlatformAccount): Promise<number | null> {
  const known = await db.identity.findUnique({
    where: { platform_externalId: { platform: account.platform, externalId: account.externalId } },
    select: { personId: true },
  });
  return known?.personId ?? null;
}

/** Members only, with what tells namesakes apart: for finding a colleague named in a command. */
export async function findMembers(
  db: Db,
): Promise<{ actor: Actor; team: string | null; accounts: string[] }[]> {
  const rows = await db.person.findMany({
    where: { role: { in: [...roles] } },
    orderBy: { id: 'asc' },
    include: {
      team: { select: { name: true } },
      identities: { select: { platform: true, externalId: true } },
    },
  });
  return rows.map((row) => ({
    actor: toActor(row),
    team: row.team?.name ?? null,
    accounts: row.identities.map((identity) => `${identity.platform}:${identity.externalId}`),
  }));
}
