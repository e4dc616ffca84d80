import { z } from 'zod';
import type { ImportCells, ImportField } from './import-fields.ts';
import type { ImportNote, RejectReason } from './import-report.ts';
import { normalizeEmail } from './normalize-email.ts';
import { normalizePhone, toStoredPhone } from './normalize-phone.ts';
import type { PhoneRegion } from './phone-regions.ts';
import { readAmountCents } from './read-amount-cents.ts';
import { readBirthday } from './read-birthday.ts';
import { readDay } from './read-day.ts';

export interface ImportContact {
  name: string;
  title: string | null;
  /** E.164 (with " ext. 123" when the row had an extension): stored normalised, shown by formatPhone. */
  phone: string | null;
  normalizedPhone: string | null;
  email: string | null;
  normalizedEmail: string | null;
  birthday: string | null;
}

export interface ImportRow {
  name: string;
  aliases: string[];
  region: string | null;
  industry: string | null;
  size: string | null;
  grade: 'A' | 'B' | 'C' | 'D' | null;
  owner: string | null;
  /** Only when the row names the person: a contact is never named after its title, phone or email. */
  contact: ImportContact | null;
  /** The row's phone (E.164) and email keys, which find its customer even when it makes no contact. */
  keys: { phone: string | null; email: string | null };
  /** What the row could not do, said in the report though the row imports. */
  notes: ImportNote[];
  /** `day` null: the sale happened on the import day. */
  sale: { amountCents: number; day: string | null } | null;
  /** 欠款: `day` is when it falls due; null means the import day. */
  arrears: { amountCents: number; day: string | null } | null;
}

// Sale.amountCents is a 32-bit integer column.
const maxCents = 2_147_483_647;

/** Blank cells are absent values: trimmed, full-width spaces included. */
const text = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => value?.normalize('NFKC').trim() || null)
    .refine((value) => value === null || value.length <= max, 'too_long');

// Each refinement's message is the reject code; toReasons turns the issues into RejectReasons.
const reading = <T>(read: (value: string) => T | null, code: RejectReason['code']) =>
  text(500).transform((value, ctx): T | null => {
    if (value === null) return null;
    const result = read(value);
    if (result === null) ctx.addIssue({ code: 'custom', message: code });
    return result;
  });

const makeRowSchema = (region: PhoneRegion) =>
  z.object({
    name: text(200).refine((value) => value !== null, 'name_missing'),
    aliases: text(1000),
    region: text(100),
    industry: text(100),
    size: text(100),
    grade: reading((value) => (/^[abcd]$/i.test(value) ? value.toUpperCase() : null), 'bad_grade'),
    owner: text(100),
    contact: text(100),
    title: text(100),
    // Stored in E.164, which the data-cleansing check always accepts, so the next report flags none.
    phone: reading((value) => normalizePhone(value, region), 'bad_phone'),
    email: reading(normalizeEmail, 'bad_email'),
    birthday: reading(readBirthday, 'bad_birthday'),
    sales: text(100),
    sales_date: reading(readDay, 'bad_date'),
    arrears: text(100),
    arrears_due: reading(readDay, 'bad_date'),
  });

// One schema per region, built once: zod compiles an object schema on first use, too slow per row.
const schemas = new Map<PhoneRegion, ReturnType<typeof makeRowSchema>>();
const rowSchema = (region: PhoneRegion) => {
  let schema = schemas.get(region);
  if (!schema) {
    schema = makeRowSchema(region);
    schemas.set(region, schema);
  }
  return schema;
};

export type ReadRow = { kind: 'valid'; row: ImportRow } | { kind: 'invalid'; reasons: RejectReason[] };

/** Validates one data row's cells and reads them into an ImportRow, or says every reason it cannot. */
export function readImportRow(
  cells: ImportCells,
  options: { salesInTenThousands: boolean; phoneRegion: PhoneRegion },
): ReadRow {
  const parsed = rowSchema(options.phoneRegion).safeParse(cells);
  const reasons = parsed.success ? [] : toReasons(parsed.error.issues, cells);
  const sales = cells.sales?.normalize('NFKC').trim() ?? '';
  const amountCents = sales === '' ? null : readAmountCents(sales, options.salesInTenThousands);
  if (sales !== '' && amountCents === null) reasons.push({ code: 'bad_amount', value: sales });
  if (amountCents !== null && amountCents > maxCents)
    reasons.push({ code: 'amount_too_large', value: sales });
  const owed = cells.arrears?.normalize('NFKC').trim() ?? '';
  const arrearsCents = owed === '' ? null : readAmountCents(owed);
  if (owed !== '' && arrearsCents === null)
    reasons.push({ code: 'bad_amount', value: owed, field: 'arrears' });
  if (arrearsCents !== null && arrearsCents > maxCents)
    reasons.push({ code: 'amount_too_large', value: owed, field: 'arrears' });
  if (!parsed.success || reasons.length > 0) return { kind: 'invalid', reasons };
  const v = parsed.data;
  const details = v.title ?? v.phone ?? v.email ?? v.birthday;
  return {
    kind: 'valid',
    row: {
      name: v.name!,
      aliases: v.aliases
        ? v.aliases
            .split(/[,，、;；|]/)
            .map((alias) => alias.trim())
            .filter(Boolean)
        : [],
      region: v.region,
      industry: v.industry,
      size: v.size,
      grade: v.grade as ImportRow['grade'],
      owner: v.owner,
      contact:
        v.contact !== null
          ? {
              name: v.contact,
              title: v.title,
              phone: v.phone && toStoredPhone(cells.phone!, options.phoneRegion),
              normalizedPhone: v.phone,
              email: v.email,
              normalizedEmail: v.email,
              birthday: v.birthday,
            }
          : null,
      keys: { phone: v.phone, email: v.email },
      // A title is not a name: without the person's name the details have no one to belong to.
      notes: v.contact === null && details !== null ? [{ code: 'contact_name_missing' }] : [],
      sale: amountCents === null ? null : { amountCents, day: v.sales_date },
      // A zero balance is no arrears.
      arrears:
        arrearsCents === null || arrearsCents === 0
          ? null
          : { amountCents: arrearsCents, day: v.arrears_due },
    },
  };
}

function toReasons(issues: z.core.$ZodIssue[], cells: ImportCells): RejectReason[] {
  return issues.map((issue): RejectReason => {
    const field = issue.path[0] as ImportField;
    const value = cells[field]?.trim() ?? '';
    switch (issue.message) {
      case 'name_missing':
        return { code: 'name_missing' };
      case 'bad_phone':
      case 'bad_email':
      case 'bad_birthday':
      case 'bad_grade':
      case 'bad_date':
        return { code: issue.message, value };
      default:
        return { code: 'too_long', field };
    }
  });
}
