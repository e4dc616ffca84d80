import { DateTime } from 'luxon';
import { customerCareCard } from '../../cards/customer-care.ts';
import { formatDay } from '../../cards/text.ts';
import { type PushInput, recordPushes } from '../db/pushes.ts';
import { listQuietCustomers } from '../db/quiet-customers.ts';
import { readSetting } from '../db/settings.ts';
import { careCadenceKey, careCadenceSchema, defaultCareCadence } from '../domain/care-cadence.ts';
import { readLocale } from '../domain/people.ts';
import { type JobDeps, type JobOutcome, mapEachItem, runJob } from './run-job.ts';

const day = 24 * 60 * 60 * 1000;
/** The quiet customers each owner's card lists, longest silence first; the rest are counted. */
const quietShown = 15;

type Care = {
  quiet: { name: string; grade: string | null; lastContactAt: Date | null; days: number }[];
  quietTotal: number;
  birthdays: { contact: string; customer: string }[];
};

/**
 * 客户关怀: each owner hears which customers have gone quiet for longer than their grade allows, and
 * whose contacts have a birthday tomorrow. Customers flagged as bad are left out.
 */
export function sendCustomerCare(deps: JobDeps, slot: string): Promise<JobOutcome> {
  const { db, timeZone } = deps;
  return runJob(deps, { name: 'customer_care', slot }, async () => {
    const now = deps.now();
    const cadence = await readSetting(db, careCadenceKey, careCadenceSchema, defaultCareCadence);
    const quiet = await listQuietCustomers(db, cadence, now, quietShown);
    const byOwner = new Map<number, Care>(
      [...quiet].map(([ownerId, { shown, total }]) => [
        ownerId,
        {
          quiet: shown.map((c) => ({ ...c, days: Math.floor((now.getTime() - c.since.getTime()) / day) })),
          quietTotal: total,
          birthdays: [],
        },
      ]),
    );
    const entry = (ownerId: number) => {
      const found = byOwner.get(ownerId) ?? { quiet: [], quietTotal: 0, birthdays: [] };
      byOwner.set(ownerId, found);
      return found;
    };
    const tomorrow = DateTime.fromJSDate(now, { zone: timeZone }).plus({ days: 1 }).toFormat('MM-dd');
    const birthdays = await db.contact.findMany({
      where: { birthday: tomorrow, customer: { status: { not: 'bad' }, ownerId: { not: null } } },
      select: { name: true, customer: { select: { name: true, ownerId: true } } },
    });
    for (const contact of birthdays)
      entry(contact.customer.ownerId!).birthdays.push({
        contact: contact.name,
        customer: contact.customer.name,
      });

    const owners = await db.person.findMany({
      where: { id: { in: [...byOwner.keys()] } },
      select: { id: true, locale: true },
    });
    const today = formatDay(now, timeZone);
    const { results, failed } = mapEachItem(
      owners,
      deps.logger,
      (owner) => ({ personId: owner.id }),
      (owner): PushInput => {
        const care = byOwner.get(owner.id)!;
        const card = customerCareCard({ locale: readLocale(owner.locale), timeZone, ...care });
        return {
          key: `customer_care:${today}:${owner.id}`,
          personId: owner.id,
          kind: 'customer_care',
          cards: [card],
        };
      },
    );
    return { done: await recordPushes(db, results, now), failed };
  });
}
