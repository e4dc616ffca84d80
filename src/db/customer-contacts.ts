import type { KnownContact } from '../domain/customers/find-known-contact.ts';
import type { Db } from './client.ts';

/** The names and titles of one customer's contacts on file. */
export function listCustomerContacts(db: Db, customerId: number): Promise<KnownContact[]> {
  return db.contact.findMany({ where: { customerId }, select: { name: true, title: true } });
}
