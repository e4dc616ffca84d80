import type { Db } from '../db/client.ts';
import { findPeopleByName } from '../db/people.ts';
import type { Actor } from '../domain/people.ts';
import type { Sender } from './types.ts';

/**
 * Points a platform account at an existing person by name (the console's `/as 王经理`). Returns the
 * person, or the names that matched when the name is ambiguous or unknown.
 */
export async function actAs(
  db: Db,
  sender: Sender,
  name: string,
): Promise<{ kind: 'switched'; actor: Actor } | { kind: 'unknown' } | { kind: 'ambiguous'; count: number }> {
  const people = await findPeopleByName(db, name.trim());
  if (people.length === 0) return { kind: 'unknown' };
  if (people.length > 1) return { kind: 'ambiguous', count: people.length };
  const person = people[0]!;
  await db.identity.upsert({
    where: { platform_externalId: { platform: sender.platform, externalId: sender.externalId } },
    update: { personId: person.id },
    create: { platform: sender.platform, externalId: sender.externalId, personId: person.id },
  });
  return { kind: 'switched', actor: person };
}

export async function listPeople(db: Db): Promise<{ name: string; role: string; team: string | null }[]> {
  const rows = await db.person.findMany({
    orderBy: { id: 'asc' },
    include: { team: { select: { name: true } } },
  });
  return rows.map((row) => ({ name: row.name, role: row.role, team: row.team?.name ?? null }));
}
