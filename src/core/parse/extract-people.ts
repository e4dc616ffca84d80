import { extractCustomer } from './extract-customer.ts';
import { findChineseContacts, findNamedChineseContact } from './find-chinese-contact.ts';
import type { Command } from './find-command.ts';
import { findEnglishContact, findEnglishContactAfterVerb } from './find-english-contact.ts';
import type { Intent } from './parse-result.ts';
import type { Span } from './text-span.ts';

export interface People {
  /** Where the customer is named in the text, for the summary and the competitor. */
  customerSpan: Span | null;
  customer: string | null;
  contact: { name: string; title: string | null } | null;
}

const namesCustomer: Intent[] = ['log_visit', 'add_customer', 'find_customer', 'file_complaint'];
const namesContact: Intent[] = ['log_visit', 'add_customer', 'file_complaint'];

/**
 * The customer and the contact. Contacts are found first so a customer name stops before one
 * (华为张总 → 华为); a bare English name after "met" comes last, once the customer is known, so
 * "met with Acme" does not make Acme a person. `customerAt` is where the name index found a known customer.
 */
export function extractPeople(
  match: string,
  original: string,
  intent: Intent,
  command: Command | null,
  from: number,
  dates: Span[],
  customerAt?: Span,
): People {
  const contacts = findChineseContacts(match, original);
  const named = findNamedChineseContact(match, original) ?? findEnglishContact(match);
  if (named) contacts.push(named);
  const stops = [...dates, ...contacts.map((contact) => contact.span)];
  const customerSpan =
    customerAt ??
    (namesCustomer.includes(intent) ? extractCustomer(match, intent, command, from, stops) : null);
  const customer = customerSpan ? original.slice(customerSpan.start, customerSpan.end).trim() : null;
  const found = namesContact.includes(intent)
    ? (contacts[0] ?? findEnglishContactAfterVerb(match, customer))
    : null;
  return { customerSpan, customer, contact: found ? { name: found.name, title: found.title } : null };
}
