import type { Db } from '../db/client.ts';
import { contactMatchKeys } from '../domain/customers/contact-match-keys.ts';
import { normalizeName } from '../domain/customers/normalize-name.ts';
import {
  type DemoPersonKey,
  demoContacts,
  demoCustomers,
  demoPeople,
  demoTeam,
  demoVisits,
} from './demo-data.ts';

const day = 24 * 60 * 60 * 1000;

/** Loads the demo team once; a second run finds the team and changes nothing. */
export async function seedDemo(db: Db, now: Date): Promise<{ seeded: boolean; customers: number }> {
  if (await db.team.findUnique({ where: { name: demoTeam } })) return { seeded: false, customers: 0 };
  await db.$transaction(async (tx) => {
    const team = await tx.team.create({ data: { name: demoTeam } });
    const ids = new Map<DemoPersonKey, number>();
    for (const person of demoPeople) {
      const row = await tx.person.create({
        data: {
          name: person.name,
          role: person.role,
          locale: person.locale,
          teamId: person.role === 'admin' ? null : team.id,
          managerId: person.role === 'rep' ? (ids.get('manager') ?? null) : null,
          identities: { create: { platform: 'console', externalId: `demo:${person.key}` } },
        },
      });
      ids.set(person.key, row.id);
    }
    const customers = new Map<string, number>();
    for (const [name, owner, grade, region, industry, aliases = []] of demoCustomers) {
      const row = await tx.customer.create({
        data: {
          name,
          normalizedName: normalizeName(name),
          ownerId: owner ? ids.get(owner)! : null,
          grade,
          region,
          industry,
          aliases: { create: aliases.map((alias) => ({ alias, normalizedAlias: normalizeName(alias) })) },
        },
      });
      customers.set(name, row.id);
    }
    for (const [customer, name, title, phone, email] of demoContacts) {
      await tx.contact.create({
        data: {
          customerId: customers.get(customer)!,
          name,
          title,
          phone,
          email,
          ...contactMatchKeys({ phone, email }),
        },
      });
    }
    for (const [customer, author, daysAgo, summary, followUpInDays] of demoVisits) {
      const customerId = customers.get(customer)!;
      const occurredAt = new Date(now.getTime() - daysAgo * day);
      const visit = await tx.visit.create({
        data: {
          customerId,
          authorId: ids.get(author)!,
          occurredAt,
          summary,
          originalText: summary,
          minutesStatus: 'confirmed',
        },
      });
      await tx.customer.update({ where: { id: customerId }, data: { lastContactAt: occurredAt } });
      if (followUpInDays !== null) {
        await tx.followUp.create({
          data: {
            customerId,
            assigneeId: ids.get(author)!,
            visitId: visit.id,
            title: summary.slice(0, 40),
            dueAt: new Date(now.getTime() + followUpInDays * day),
          },
        });
      }
    }
  });
  return { seeded: true, customers: demoCustomers.length };
}

/**
 * `crm seed-demo`: demo data goes only into an empty database. Mixing invented reps and customers into
 * a company's real ones would be hard to undo, so with any data there it refuses and says why.
 */
export async function runSeedDemoCommand(
  db: Db,
  now: Date,
  print: (text: string) => void = console.log,
): Promise<number> {
  if (await db.team.findUnique({ where: { name: demoTeam } })) {
    print('the demo team is already there: nothing to do');
    return 0;
  }
  const [people, customers] = await Promise.all([db.person.count(), db.customer.count()]);
  if (people > 0 || customers > 0) {
    print(
      `the database already holds ${customers} customers and ${people} people: seed-demo only fills ` +
        'an empty database, so nothing was changed',
    );
    return 1;
  }
  const seeded = await seedDemo(db, now);
  print(`seeded the demo team and ${seeded.customers} customers`);
  return 0;
}
