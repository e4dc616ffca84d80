import { type Actor, isRole, type Locale } from '../domain/people.ts';
import type { Db } from './client.ts';

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
    locale: row.locale === 'en' ? 'en' : 'zh',
  };
}

/**
 * The chatcrm person behind a platform account. Someone we have not seen before becomes a rep in the
 * default team, so a new colleague can start logging visits at once; an admin changes the role later.
 */
export async function resolveActor(
  db: Db,
  identity: { platform: string; externalId: string; displayName?: string },
): Promise<Actor> {
  const known = await db.identity.findUnique({
    where: { platform_externalId: { platform: identity.platform, externalId: identity.externalId } },
    include: { person: true },
  });
  if (known) return toActor(known.person);
  return db.$transaction(async (tx) => {
    const team = await tx.team.upsert({
      where: { name: defaultTeamName },
      update: {},
      create: { name: defaultTeamName },
    });
    const person = await tx.person.create({
      data: {
        name: identity.displayName?.trim() || identity.externalId,
        role: 'rep',
        teamId: team.id,
        identities: { create: { platform: identity.platform, externalId: identity.externalId } },
      },
    });
    return toActor(person);
  });
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
