import type { Actor } from './people.ts';

/** Who owns a customer, as far as permissions care. An unowned customer is in the shared pool. */
export interface CustomerAccess {
  ownerId: number | null;
  ownerTeamId: number | null;
  /** People who work on it besides the owner (协作人); absent means none were loaded, so none count. */
  collaboratorIds?: readonly number[];
}

/**
 * A rep sees and changes their own customers, the unowned ones (the public pool) and those they
 * collaborate on; a manager their team's; service staff the customers of complaints assigned to them;
 * an admin everything.
 */
export function canSeeCustomer(
  actor: Actor,
  customer: CustomerAccess,
  hasAssignedComplaint = false,
): boolean {
  if (actor.role === 'admin') return true;
  if (customer.ownerId === null || customer.ownerId === actor.id) return true;
  if (customer.collaboratorIds?.includes(actor.id)) return true;
  if (actor.role === 'manager') return actor.teamId !== null && actor.teamId === customer.ownerTeamId;
  if (actor.role === 'service') return hasAssignedComplaint;
  return false;
}

/** Logging visits and follow-ups is sales work: service staff read customers but do not log visits. */
export function canWorkOnCustomer(actor: Actor, customer: CustomerAccess): boolean {
  return actor.role !== 'service' && canSeeCustomer(actor, customer);
}

/** A follow-up belongs to its assignee; their manager and admins may change it too. */
export function canChangeFollowUp(actor: Actor, assignee: { id: number; teamId: number | null }): boolean {
  if (actor.role === 'admin' || actor.id === assignee.id) return true;
  return actor.role === 'manager' && actor.teamId !== null && actor.teamId === assignee.teamId;
}

/** The author can undo or edit their own visit; their manager and admins may as well. */
export function canChangeVisit(actor: Actor, author: { id: number; teamId: number | null }): boolean {
  return canChangeFollowUp(actor, author);
}

/** Collaborators (协作人) are chosen by the customer's owner or an admin. */
export function canChangeCollaborators(actor: Actor, customer: CustomerAccess): boolean {
  return actor.role === 'admin' || (customer.ownerId !== null && customer.ownerId === actor.id);
}

/**
 * Giving a customer a new owner: an admin for anyone; a manager for their team's customers and the
 * pool's, and only to someone in their team.
 */
export function canAssignCustomer(
  actor: Actor,
  customer: CustomerAccess,
  newOwner: { teamId: number | null },
): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'manager' || actor.teamId === null) return false;
  const ours = customer.ownerId === null || customer.ownerTeamId === actor.teamId;
  return ours && newOwner.teamId === actor.teamId;
}

/** A bad-customer flag is lifted by an admin, or by a manager for their team's and the pool's customers. */
export function canUnflagCustomer(actor: Actor, customer: CustomerAccess): boolean {
  if (actor.role === 'admin') return true;
  return (
    actor.role === 'manager' &&
    (customer.ownerId === null || (actor.teamId !== null && customer.ownerTeamId === actor.teamId))
  );
}
