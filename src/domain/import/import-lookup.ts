import { toSimplified } from '../customers/to-simplified.ts';
import type { AssignmentRuleView } from '../ownership/match-assignment-rule.ts';

/** A contact the CRM already has, with its matching keys. */
export interface ExistingContact {
  id: number;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  birthday: string | null;
  normalizedPhone: string | null;
  normalizedEmail: string | null;
}

export interface ExistingCustomer {
  id: number;
  name: string;
  normalizedName: string;
  region: string | null;
  industry: string | null;
  size: string | null;
  grade: string | null;
  ownerId: number | null;
  /** normalizeName of each alias. */
  aliasKeys: string[];
  contacts: ExistingContact[];
  /** Earlier imported sales, as "amountCents@YYYY-MM-DD", so importing a file twice adds them once. */
  importedSales: string[];
  /** Earlier imported receivables, as "amountCents@due day", likewise. */
  importedArrears?: string[];
}

/** What an import needs to know about the CRM: the customers its rows could mean, and the people. */
export interface ImportLookup {
  byName: Map<string, number[]>;
  byAlias: Map<string, number[]>;
  byPhone: Map<string, number[]>;
  byEmail: Map<string, number[]>;
  customers: Map<number, ExistingCustomer>;
  /** People by toPersonKey(name). */
  people: Map<string, { id: number; name: string }[]>;
  /** The assignment rules with their owner's name: they give a new customer without an owner one. */
  assignmentRules: (AssignmentRuleView & { owner: string })[];
}

/** How an owner cell is compared with people's names: NFKC, simplified, trimmed, case-insensitive. */
export function toPersonKey(name: string): string {
  return toSimplified(name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase());
}
