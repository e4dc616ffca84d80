import type { Actor } from './people.ts';

/** Who owns a customer, as far as permissions care. An unowned customer is in the shared pool. */
export interface CustomerAccess {
  ownerId: number | null;
  ownerTeamId: number | null;
}

/**
 * A rep sees and changes their own customers and the unowned ones; a manager their team's; service
 * staff the customers of complaints assigned to them; an admin everything.
 */
export function canSeeCustomer(
  actor: Actor,
  customer: CustomerAccess,
  hasAssignedComplaint = false,
): boolean {
  if (actor.role === 'admin') return true;
  if (customer.ownerId === null || customer.ownerId === actor.id) return true;
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
