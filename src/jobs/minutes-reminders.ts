import { toMinutesCard } from '../core/minutes/show-minutes.ts';
import { getMinutes } from '../db/minutes.ts';
import { recordPush } from '../db/pushes.ts';
import { readLocale } from '../domain/people.ts';
import { t } from '../i18n/t.ts';
import { forEachItem, type JobDeps, type JobOutcome, runJob } from './run-job.ts';

/** Minutes still unconfirmed two working days after the visit: the rep hears once, with the card. */
export function remindUnconfirmedMinutes(deps: JobDeps, slot: string): Promise<JobOutcome> {
  const { db, timeZone } = deps;
  return runJob(deps, { name: 'minutes_reminder', slot }, async () => {
    const now = deps.now();
    const due = await db.minutes.findMany({
      where: { status: 'draft', dueAt: { lte: now }, remindedAt: null },
      select: { id: true },
      orderBy: { dueAt: 'asc' },
    });
    return forEachItem(
      due,
      deps.logger,
      (m) => ({ minutesId: m.id }),
      async ({ id }) => {
        const record = await getMinutes(db, { id });
        if (!record) return;
        const locale = readLocale(record.author.locale);
        const card = toMinutesCard(record, locale, timeZone, now);
        card.title = t(locale, 'minutesReminders.pleaseConfirmTheMinutes', { customer: record.customer });
        await db.$transaction(async (tx) => {
          await recordPush(
            tx,
            {
              key: `minutes_reminder:${id}`,
              personId: record.authorId,
              kind: 'minutes_reminder',
              cards: [card],
            },
            now,
          );
          await tx.minutes.update({ where: { id }, data: { remindedAt: now } });
        });
      },
    );
  });
}
