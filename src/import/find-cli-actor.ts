import type { Db } from '../db/client.ts';
import { toActor } from '../db/people.ts';
import type { Actor } from '../domain/people.ts';

/** The person a CLI command acts as: the one named (exactly), or the first admin. A problem is a value. */
export async function findCliActor(
  db: Db,
  name: string | undefined,
): Promise<{ kind: 'found'; actor: Actor } | { kind: 'problem'; message: string }> {
  if (name === undefined) {
    const admin = await db.person.findFirst({ where: { role: 'admin' }, orderBy: { id: 'asc' } });
    return admin
      ? { kind: 'found', actor: toActor(admin) }
      : {
          kind: 'problem',
          message: 'there is no admin in the database: run seed-demo or make someone admin',
        };
  }
  const people = await db.person.findMany({ where: { name: name.trim() }, orderBy: { id: 'asc' } });
  if (people.length === 1) return { kind: 'found', actor: toActor(people[0]!) };
  return {
    kind: 'problem',
    message:
      people.length === 0
        ? `--as: nobody is called "${name}"`
        : `--as: ${people.length} people are called "${name}"`,
  };
}
