import type { Locale } from '../domain/people.ts';
import { readLocale } from '../domain/people.ts';
import type { Db } from './client.ts';

/** The language of the person behind a platform account, for the words an adapter adds itself. */
export async function findIdentityLocale(
  db: Db,
  platform: string,
  externalId: string,
): Promise<Locale | null> {
  const identity = await db.identity.findUnique({
    where: { platform_externalId: { platform, externalId } },
    select: { person: { select: { locale: true } } },
  });
  if (!identity) return null;
  return readLocale(identity.person.locale);
}
