import { customerNameForms, type KeyedName, type NameForm } from './customer-name-forms.ts';

export interface NamedCustomer {
  id: number;
  name: string | KeyedName;
  aliases: readonly (string | KeyedName)[];
}

/** One place a customer's name form occurs in a scanned text: [start, end) in UTF-16 offsets. */
export interface NameHit {
  start: number;
  end: number;
  customerId: number;
  form: NameForm;
}

export interface NameIndex {
  /** How many customers the index holds. */
  readonly size: number;
  /** Sets what the index holds for one customer: its forms now, or nothing when it is gone (null). */
  put(customerId: number, customer: Omit<NamedCustomer, 'id'> | null): void;
  /** Every form of every customer occurring in `scanText` (a text through toScanText). */
  scan(scanText: string): NameHit[];
}

const latinChar = /[a-z0-9]/;

/**
 * A trie over every customer's name forms, stored as sorted arrays: forms are bucketed by their first two
 * characters, and walking the trie one character deeper is narrowing the bucket's sorted range to the
 * forms that share the longer prefix (two binary searches). Looking up all names inside a 200-character
 * message is a few hundred such steps; 100,000 customers take a few tens of megabytes, and one customer
 * changes in place (a rename, a merge, an import) without rebuilding the rest.
 */
export function createNameIndex(customers: Iterable<NamedCustomer> = []): NameIndex {
  const buckets = new Map<string, string[]>();
  const owners = new Map<string, Map<number, NameForm>>();
  const formsOf = new Map<number, string[]>();

  const addForms = (customerId: number, forms: NameForm[], insert: (text: string) => void) => {
    formsOf.set(
      customerId,
      forms.map((form) => form.text),
    );
    for (const form of forms) {
      let holders = owners.get(form.text);
      if (!holders) {
        holders = new Map();
        owners.set(form.text, holders);
        insert(form.text);
      }
      holders.set(customerId, form);
    }
  };

  // The first build appends and sorts each bucket once; later changes insert in place.
  for (const customer of customers) {
    addForms(customer.id, customerNameForms(customer), (text) => {
      const bucket = buckets.get(headOf(text));
      if (bucket) bucket.push(text);
      else buckets.set(headOf(text), [text]);
    });
  }
  for (const bucket of buckets.values()) bucket.sort(compare);

  const remove = (customerId: number) => {
    for (const text of formsOf.get(customerId) ?? []) {
      const holders = owners.get(text);
      holders?.delete(customerId);
      if (holders && holders.size === 0) {
        owners.delete(text);
        const bucket = buckets.get(headOf(text))!;
        bucket.splice(lowerBound(bucket, text, 0, bucket.length), 1);
        if (bucket.length === 0) buckets.delete(headOf(text));
      }
    }
    formsOf.delete(customerId);
  };

  return {
    get size() {
      return formsOf.size;
    },
    put(customerId, customer) {
      remove(customerId);
      if (!customer) return;
      addForms(customerId, customerNameForms(customer), (text) => {
        const bucket = buckets.get(headOf(text)) ?? [];
        bucket.splice(lowerBound(bucket, text, 0, bucket.length), 0, text);
        buckets.set(headOf(text), bucket);
      });
    },
    scan(text) {
      const hits: NameHit[] = [];
      for (let start = 0; start < text.length - 1; start += 1) {
        // A Latin name starts and ends at a word boundary: "acme" is not inside "acmeware".
        if (latinChar.test(text[start]!) && start > 0 && latinChar.test(text[start - 1]!)) continue;
        const bucket = buckets.get(text.slice(start, start + 2));
        if (!bucket) continue;
        let lo = 0;
        let hi = bucket.length;
        for (let end = start + 2; end <= text.length && lo < hi; end += 1) {
          const prefix = text.slice(start, end);
          lo = lowerBound(bucket, prefix, lo, hi);
          hi = lowerBound(bucket, `${prefix}\uffff`, lo, hi);
          if (lo >= hi || bucket[lo] !== prefix) continue;
          if (latinChar.test(text[end - 1]!) && end < text.length && latinChar.test(text[end]!)) continue;
          for (const [customerId, form] of owners.get(prefix)!) hits.push({ start, end, customerId, form });
        }
      }
      return hits;
    },
  };
}

function headOf(text: string): string {
  return text.slice(0, 2);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first index in [lo, hi) whose string is not below `key`. */
function lowerBound(sorted: string[], key: string, lo: number, hi: number): number {
  let low = lo;
  let high = hi;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}
