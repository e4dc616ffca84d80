import type { CustomerProfileView } from '../../cards/customer-profile.ts';
import type { Db } from './client.ts';

const shown = 5;

/** Everything the customer card shows, in four indexed queries. */
export async function getCustomerProfile(
  db: Db,
  id: number,
): Promise<Omit<CustomerProfileView, 'locale' | 'timeZone' | 'headline'> | null> {
  const customer = await db.customer.findUnique({
    where: { id },
    include: {
      owner: { select: { name: true } },
      aliases: { select: { alias: true } },
      contacts: { select: { name: true, title: true }, orderBy: { id: 'asc' }, take: 10 },
    },
  });
  if (!customer) return null;
  const [visits, followUps, complaints] = await Promise.all([
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
    db.complaint.findMany({
      where: { customerId: id, status: { in: ['open', 'acknowledged'] } },
      orderBy: { createdAt: 'desc' },
      take: shown,
      select: { id: true, severity: true, status: true, description: true },
    }),
  ]);
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
    openComplaints: complaints,
  };
}
