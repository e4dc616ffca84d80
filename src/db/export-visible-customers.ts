import type { Actor } from '../domain/people.ts';
import { canSeeCustomer } from '../domain/permissions.ts';
import type { Db } from './client.ts';

/**
 * The ids of the customers a person may see, by the same rule as everywhere (canSeeCustomer): a rep
 * their own, unowned and collaborated-on customers, a manager the team's, service staff the customers
 * of complaints assigned to them. Null for an admin, who sees everything and needs no filter.
 */
export async function findVisibleCustomerIds(db: Db, actor: Actor): Promise<Set<number> | null> {
  if (actor.role === 'admin') return null;
  const [customers, assigned] = await Promise.all([
    db.customer.findMany({
      select: {
        id: true,
        ownerId: true,
        owner: { select: { teamId: true } },
        collaborators: { select: { personId: true } },
      },
    }),
    actor.role === 'service'
      ? db.complaint.findMany({ where: { ownerId: actor.id }, select: { customerId: true } })
      : Promise.resolve([]),
  ]);
  const withComplaint = new Set(assigned.map((complaint) => complaint.customerId));
  const visible = customers.filter((customer) =>
    canSeeCustomer(
      actor,
      {
        ownerId: customer.ownerId,
        ownerTeamId: customer.owner?.teamId ?? null,
        collaboratorIds: customer.collaborators.map((collaborator) => collaborator.personId),
      },
      withComplaint.has(customer.id),
    ),
  );
  return new Set(visible.map((customer) => customer.id));
}
