import { nameForNewcomer, type PlatformAccount } from '../domain/people.ts';
import { recordAudit } from './audit.ts';
import type { Db } from './client.ts';
import { findAllNames } from './people.ts';

export type MadeAdmin = 'created' | 'promoted' | 'renamed' | 'already' | 'unknown';

/**
 * Makes the person behind a platform account an admin, whatever they were (waiting, declined, a rep):
 * for the first admin of a workspace, from ADMIN_USERS at start or `crm admin add`. With `create`, an
 * account that never wrote gets a person (named `name`, or by the account until they write); without
 * it the account is left for its first message, when the platform's name for it is known. A name given
 * for an existing person renames them.
 */
export async function makeAdmin(
  db: Db,
  account: PlatformAccount,
  options: { create: boolean; name?: string; source: string; now: Date },
): Promise<MadeAdmin> {
  return db.$transaction(async (tx) => {
    const known = await tx.identity.findUnique({
      where: { platform_externalId: { platform: account.platform, externalId: account.externalId } },
      include: { person: true },
    });
    if (known?.person.role === 'admin' && !options.name) return 'already';
    if (!known && !options.create) return 'unknown';
    const name = options.name?.trim() || undefined;
    let personId: number;
    if (known) {
      personId = known.personId;
      await tx.person.update({ where: { id: personId }, data: { role: 'admin', ...(name ? { name } : {}) } });
    } else {
      const row = await tx.person.create({
        data: {
          name: nameForNewcomer(name, account, await findAllNames(tx)),
          role: 'admin',
          identities: { create: { ...account } },
        },
      });
      personId = row.id;
    }
    await recordAudit(tx, [
      {
        actorId: null,
        action: 'person.admitted',
        entity: 'person',
        entityId: personId,
        data: { role: 'admin', via: options.source, ...(name ? { name } : {}) },
        source: options.source,
        at: options.now,
      },
    ]);
    if (!known) return 'created';
    return known.person.role === 'admin' ? 'renamed' : 'promoted';
  });
}
