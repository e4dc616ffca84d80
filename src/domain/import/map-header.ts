import { toSimplified } from '../customers/to-simplified.ts';
import { headerSynonyms } from './header-synonyms.ts';
import type { ImportField } from './import-fields.ts';

const byKey = new Map(
  headerSynonyms.flatMap(([field, words]) => words.map((word) => [word, field] as const)),
);

// Words that qualify a header without changing the field: 主要联系人, 客户电话, 所在地区, Primary Contact.
const qualifiers = ['主要', '首要', '第一', '默认', '关键', '客户', '所属', '所在', '本'].concat([
  'primary',
  'main',
  'key',
  'customer',
  'company',
  'client',
  'account',
  'business',
]);
// A contact's own details: 联系人电话, 联络人邮箱, Contact Title.
const contactPrefixes = ['联系人', '联络人', '对接人', 'contact'];
const contactDetails = new Set<ImportField>(['title', 'phone', 'email', 'birthday']);

export interface HeaderMapping {
  field: ImportField;
  /** Amounts in the column are in ten-thousands: 销售额（万元）. */
  inTenThousands: boolean;
}

/**
 * The field a header names, or null. Tolerates full-width characters, spaces, case, traditional
 * characters, a required-field star, a unit in brackets, a trailing number (联系人1) and a qualifier
 * in front (主要联系人, 客户电话). `group` is the merged cell above it in a two-row header: under
 * 联系人 / Contact, 姓名 / Name is the contact's name, 电话 the contact's phone.
 */
export function mapHeader(header: string, group?: string): HeaderMapping | null {
  const { key, unit } = readHeader(header);
  const grouped = group ? toHeaderKey(group) : '';
  let field = (grouped !== '' && byKey.get(grouped + key)) || fieldOfKey(key);
  if (!field) return null;
  const groupField = grouped === '' ? undefined : fieldOfKey(grouped);
  // 负责人 over 姓名 is the owner's name, 联系人 over Name the contact's.
  if ((field === 'name' || field === 'contact') && (groupField === 'contact' || groupField === 'owner'))
    field = groupField;
  return { field, inTenThousands: field === 'sales' && /万/.test(unit) };
}

/** Whether the unit in a header's brackets is ten thousands: 销售额（万元）, 金额(万). */
export function isInTenThousands(header: string): boolean {
  return /万/.test(readHeader(header).unit);
}

/** How headers are compared: NFKC, simplified, lower case, without spaces, punctuation or units. */
export function toHeaderKey(header: string): string {
  return readHeader(header).key;
}

function fieldOfKey(key: string): ImportField | null {
  const exact = byKey.get(key);
  if (exact) return exact;
  const unnumbered = key.replace(/\d+$/, '');
  if (unnumbered !== key && unnumbered !== '') return fieldOfKey(unnumbered);
  for (const word of qualifiers) {
    const rest = key.startsWith(word) ? key.slice(word.length) : '';
    const field = rest === '' ? undefined : byKey.get(rest);
    if (field) return field;
  }
  for (const word of contactPrefixes) {
    const rest = key.startsWith(word) ? key.slice(word.length) : '';
    const field = rest === '' ? undefined : byKey.get(rest);
    if (field && contactDetails.has(field)) return field;
  }
  return null;
}

function readHeader(header: string): { key: string; unit: string } {
  const text = toSimplified(header.normalize('NFKC')).toLowerCase();
  const unit = /[([]([^)\]]*)[)\]]/.exec(text)?.[1] ?? '';
  const key = text.replace(/[([][^)\]]*[)\]]/g, '').replace(/[\s*:：_\-./#、,，'"“”‘’?？!！]/g, '');
  return { key, unit };
}
