import type { CustomerProfileView } from '../../cards/customer-profile.ts';
import type { Db } from './client.ts';
import { listProfileComplaints } from './complaints.ts';
import { sumTrailingSales } from './sales.ts';

const shown = 5;

/** Everything the customer card shows, in a handful of indexed queries; `now` dates the 12-month sales. */
export async function getCustomerProfile(
  db: Db,
  id: number,
  now: Date,
): Promise<Omit<CustomerProfileView, 'locale' | 'timeZone' | 'headline'> | null> {
  const customer = await db.customer.findUnique({
    where: { id },
    include: {
      owner: { select: { name: true } },
      aliases: { select: { alias: true } },
      collaborators: { select: { personId: true }, orderBy: { addedAt: 'asc' } },
      contacts: { select: { name: true, title: true }, orderBy: { id: 'asc' }, take: 10 },
    },
  });
  if (!customer) return null;
  const [visits, followUps, complaints, trailingCents, people] = await Promise.all([
    db.visit.findMany({
      where: { customerId: id },
      orderBy: { occurredAt: 'desc' },
      take: shown,
      select: { occurredAt: true, summary: true, author: { select: { name: true } } },
    }),
    db.followUp.findMany({
      where: { customerId: id, status: 'open' },
      orderBy: { dueAt: 'asc' },
      take: shown,
      select: { id: true, dueAt: true, hasTime: true, title: true, assignee: { select: { name: true } } },
    }),
    listProfileComplaints(db, id),
    sumTrailingSales(db, id, now),
    db.person.findMany({
      where: {
        id: {
          in: [
            ...customer.collaborators.map((c) => c.personId),
            ...(customer.formerOwnerId === null ? [] : [customer.formerOwnerId]),
          ],
        },
      },
      select: { id: true, name: true },
    }),
  ]);
  const names = new Map(people.map((person) => [person.id, person.name]));
  return {
    customer: {
      id: customer.id,
      name: customer.name,
      aliases: customer.aliases.map((alias) => alias.alias),
      region: customer.region,
      industry: customer.industry,
      grade: customer.grade,
      status: customer.status,
      owner: customer.owner?.name ?? null,
      lastContactAt: customer.lastContactAt,
      previousGrade: customer.previousGrade,
      rfm:
        customer.rfmRecency !== null && customer.rfmFrequency !== null && customer.rfmMonetary !== null
          ? { recency: customer.rfmRecency, frequency: customer.rfmFrequency, monetary: customer.rfmMonetary }
          : null,
      lifecycleStage: customer.lifecycleStage,
      trailingCents,
      badReason: customer.badReason,
      inPoolSince: customer.ownerId === null ? customer.inPoolSince : null,
      formerOwner: customer.formerOwnerId === null ? null : (names.get(customer.formerOwnerId) ?? null),
      collaborators: customer.collaborators
        .map((c) => names.get(c.personId))
        .filter((name) => name !== undefined),
    },
    contacts: customer.contacts,
    recentVisits: visits.map((visit) => ({
      occurredAt: visit.occurredAt,
      author: visit.author.name,
      summary: visit.summary,
    })),
    openFollowUps: followUps.map((f) => ({
      id: f.id,
      dueAt: f.dueAt,
      hasTime: f.hasTime,
      title: f.title,
      assignee: f.assignee.name,
    })),
    complaints,
  };
}
