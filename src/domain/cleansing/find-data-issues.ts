import type { PhoneRegion } from '../import/phone-regions.ts';
import { isValidEmail } from './is-valid-email.ts';
import { isValidPhone } from './is-valid-phone.ts';

export type DataIssue =
  | { kind: 'no_owner' }
  | { kind: 'no_contact' }
  | { kind: 'bad_phone'; contact: string; value: string }
  | { kind: 'bad_email'; contact: string; value: string }
  | { kind: 'stale'; days: number };
export type DataIssueKind = DataIssue['kind'];

export interface CleansingRecord {
  ownerId: number | null;
  /** Set while the customer waits in the public pool, where having no owner is the point. */
  inPoolSince: Date | null;
  status: string;
  lastContactAt: Date | null;
  createdAt: Date;
  contacts: { name: string; phone: string | null; email: string | null }[];
}

const day = 24 * 60 * 60 * 1000;
const staleDays = 365;

/**
 * 数据清洗: what is incomplete or invalid about one customer record.
 * - no_owner: nobody owns it and it is not in the public pool (it never got an owner);
 * - no_contact: not a single contact person;
 * - bad_phone / bad_email: a contact's phone (read in the workspace's phone region) or email cannot be
 *   used as written;
 * - stale: no contact for over a year (or never, on file for over a year). Customers already flagged bad
 *   or waiting in the pool are left out: the flag and the pool are how staleness was dealt with.
 */
export function findDataIssues(record: CleansingRecord, now: Date, region?: PhoneRegion): DataIssue[] {
  const issues: DataIssue[] = [];
  const inPool = record.ownerId === null && record.inPoolSince !== null;
  if (record.ownerId === null && !inPool) issues.push({ kind: 'no_owner' });
  if (record.contacts.length === 0) issues.push({ kind: 'no_contact' });
  for (const contact of record.contacts) {
    if (contact.phone && contact.phone.trim() !== '' && !isValidPhone(contact.phone, region))
      issues.push({ kind: 'bad_phone', contact: contact.name, value: contact.phone });
    if (contact.email && contact.email.trim() !== '' && !isValidEmail(contact.email))
      issues.push({ kind: 'bad_email', contact: contact.name, value: contact.email });
  }
  const since = record.lastContactAt ?? record.createdAt;
  const days = Math.floor((now.getTime() - since.getTime()) / day);
  if (days > staleDays && record.status !== 'bad' && !inPool) issues.push({ kind: 'stale', days });
  return issues;
}
