import { DateTime } from 'luxon';
import { z } from 'zod';
import { customerCareCard } from '../../cards/customer-care.ts';
import { formatDay } from '../../cards/text.ts';
import { recordPush } from '../db/pushes.ts';
import { readSetting } from '../db/settings.ts';
import { forEachItem, type JobDeps, type JobOutcome, runJob } from './run-job.ts';

export const careCadenceKey = 'care.cadence_days';
export const defaultCareCadence = { A: 7, B: 14, C: 30, D: 90 };
const cadenceSchema = z.object({
  A: z.number().int().positive(),
  B: z.number().int().positive(),
  C: z.number().int().positive(),
  D: z.number().int().positive(),
});
const day = 24 * 60 * 60 * 1000;

type Quiet = { name: string; grade: string | null; lastContactAt: Date | null; days: number };

/**
 * 客户关怀: each owner hears which customers have gone quiet for longer than their grade allows, and
 * whose contacts have a birthday tomorrow. Customers flagged as bad are left out.
 */
export function sendCustomerCare(deps: JobDeps, slot: string): Promise<JobOutcome> {
  const { db, timeZone } = deps;
  return runJob(deps, { name: 'customer_care', slot }, async () => {
    const now = deps.now();
    const cadence = await readSetting(db, careCadenceKey, cadenceSchema, defaultCareCadence);
    const byOwner = new Map<number, { quiet: Quiet[]; birthdays: { contact: string; customer: string }[] }>();
    const entry = (ownerId: number) => {
      const found = byOwner.get(ownerId) ?? { quiet: [], birthdays: [] };
      byOwner.set(ownerId, found);
      return found;
    };
    for (const [grade, days] of Object.entries(cadence)) {
      const cutoff = new Date(now.getTime() - days * day);
      const quiet = await db.customer.findMany({
        where: {
          grade,
          status: { not: 'bad' },
          ownerId: { not: null },
          OR: [{ lastContactAt: { lt: cutoff } }, { lastContactAt: null, createdAt: { lt: cutoff } }],
        },
        select: { name: true, grade: true, lastContactAt: true, createdAt: true, ownerId: true },
      });
      for (const customer of quiet) {
        const since = customer.lastContactAt ?? customer.createdAt;
        entry(customer.ownerId!).quiet.push({
          ...customer,
          days: Math.floor((now.getTime() - since.getTime()) / day),
        });
      }
    }
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
    return forEachItem(
      owners,
      deps.logger,
      (owner) => ({ personId: owner.id }),
      async (owner) => {
        const { quiet, birthdays: upcoming } = byOwner.get(owner.id)!;
        quiet.sort((a, b) => b.days - a.days);
        const card = customerCareCard({
          locale: owner.locale === 'en' ? 'en' : 'zh',
          timeZone,
          quiet,
          birthdays: upcoming,
        });
        await recordPush(
          db,
          {
            key: `customer_care:${today}:${owner.id}`,
            personId: owner.id,
            kind: 'customer_care',
            cards: [card],
          },
          now,
        );
      },
    );
  });
}
