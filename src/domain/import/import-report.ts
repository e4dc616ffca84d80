import type { ImportField } from './import-fields.ts';

/** Why a row was not imported. Values carry what the person needs to fix it. */
export type RejectReason =
  | { code: 'name_missing' }
  | { code: 'too_long'; field: ImportField }
  | { code: 'bad_phone' | 'bad_email' | 'bad_birthday' | 'bad_grade' | 'bad_date'; value: string }
  /** `field` arrears for the 欠款 column; absent for sales. */
  | { code: 'bad_amount' | 'amount_too_large'; value: string; field?: 'arrears' }
  | { code: 'owner_unknown' | 'owner_ambiguous'; owner: string }
  /** The name matches several customers already in the CRM: they should be merged first. */
  | { code: 'customer_ambiguous'; names: string[] }
  /** The name points at one customer and the phone or email at another. */
  | { code: 'conflicting_match'; names: string[] };

/** Something a row that imports could not do. */
export type ImportNote =
  /** Title, phone or email without the person's name: no contact is made from them. */
  { code: 'contact_name_missing' };

export type MatchedBy = 'name' | 'phone' | 'email';

/** A value the file has for an existing customer that differs from the CRM's: reported, not written. */
export interface KeptValue {
  field: 'region' | 'industry' | 'size' | 'grade' | 'owner';
  current: string;
  incoming: string;
}

export interface RowChanges {
  /** Fields that were empty in the CRM and are filled from the file. */
  filled: KeptValue['field'][];
  contactsAdded: number;
  contactsUpdated: number;
  aliasesAdded: number;
  salesAdded: number;
  /** Receivables (欠款) added from the 欠款 / Arrears column. */
  arrearsAdded: number;
  kept: KeptValue[];
}

/** A row that means a customer the CRM has. */
interface ExistingCustomerRow {
  row: number;
  name: string;
  notes?: ImportNote[];
  customer: string;
  customerId: number;
  matchedBy: MatchedBy;
  changes: RowChanges;
}

/** What happens to one data row. Row numbers are the sheet's, as the person sees them in Excel. */
export type RowOutcome =
  /** `owner`: from the Owner column, or by the assignment rules (`byRule`); null leaves it unowned. */
  | {
      kind: 'create';
      row: number;
      name: string;
      owner: { name: string; byRule: boolean } | null;
      notes?: ImportNote[];
    }
  /** An existing customer (`customer`, its name in the CRM) gains what the row adds. */
  | ({ kind: 'update' } & ExistingCustomerRow)
  /** The row repeats an earlier row of the file; what it adds goes to the same customer. */
  | {
      kind: 'merge';
      row: number;
      name: string;
      intoRow: number;
      matchedBy: MatchedBy;
      changes: RowChanges;
      notes?: ImportNote[];
    }
  /** The customer exists and the row adds nothing new (values that differ are kept, and listed). */
  | ({ kind: 'unchanged' } & ExistingCustomerRow)
  | { kind: 'reject'; row: number; name: string | null; reasons: RejectReason[] };

export type OutcomeKind = RowOutcome['kind'];

export interface ImportReport {
  fileName: string;
  committed: boolean;
  /** The audit log entry of a committed import. */
  auditId: number | null;
  /** `mappedBy`: the admin's mapping for this import, or one remembered from an earlier import. */
  columns: { header: string; field: ImportField | null; mappedBy?: 'given' | 'remembered' }[];
  blankRows: number;
  rows: RowOutcome[];
  counts: Record<OutcomeKind, number>;
  /** What the import writes (or would write): new customers, contacts and sales. */
  totals: { customers: number; contacts: number; sales: number };
}
