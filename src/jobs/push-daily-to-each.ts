import type { Card } from '../../cards/card.ts';
import { formatDay } from '../../cards/text.ts';
import { recordPush } from '../db/pushes.ts';
import type { Locale } from '../domain/people.ts';
import { readLocale } from '../domain/people.ts';
import { forEachItem, type JobDeps } from './run-job.ts';

/**
 * A nightly job's one push per person: each person in `byPerson` gets a card in their language, keyed
 * by kind, day and person, so a second run that day sends nothing again. One failing push does not
 * stop the others.
 */
export async function pushDailyToEach<T>(
  deps: JobDeps,
  kind: string,
  byPerson: Map<number, T>,
  card: (locale: Locale, items: T) => Card,
  now: Date,
): Promise<{ done: number; failed: number }> {
  const people = await deps.db.person.findMany({
    where: { id: { in: [...byPerson.keys()] } },
    select: { id: true, locale: true },
  });
  const today = formatDay(now, deps.timeZone);
  return forEachItem(
    people,
    deps.logger,
    (person) => ({ personId: person.id }),
    async (person) => {
      const locale = readLocale(person.locale);
      await recordPush(
        deps.db,
        {
          key: `${kind}:${today}:${person.id}`,
          personId: person.id,
          kind,
          cards: [card(locale, byPerson.get(person.id)!)],
        },
        now,
      );
    },
  );
}
