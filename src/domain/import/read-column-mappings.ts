import { type ImportField, importFields } from './import-fields.ts';
import type { GivenMapping } from './locate-headers.ts';
import { mapHeader } from './map-header.ts';

// Words for "leave this column out".
const ignoreWords = new Set(['ignore', 'none', 'skip', '-', '忽略', '不导入', '无', '跳过']);

/**
 * A field named the way an admin would: its id (contact, sales_date), or any header word for it
 * (联系人, 电话, Phone), or a word for leaving the column out (忽略, ignore) as null. Undefined when
 * the word names nothing.
 */
export function readFieldName(word: string): ImportField | null | undefined {
  const text = word.normalize('NFKC').trim().toLowerCase();
  if (ignoreWords.has(text)) return null;
  if ((importFields as readonly string[]).includes(text)) return text as ImportField;
  return mapHeader(text)?.field;
}

export type ReadMappings =
  | { kind: 'ok'; mappings: GivenMapping[] }
  /** `bad`: the pairs as written that are not HEADER=FIELD or name no field. */
  | { kind: 'invalid'; bad: string[] };

/**
 * "对接人=联系人", "手机号码=phone 备注=忽略": HEADER=FIELD pairs, separated by spaces, commas or
 * semicolons (a header with a space in it can be quoted: "Key Account"=name). = or ＝ or ：.
 */
export function readColumnMappings(texts: string[]): ReadMappings {
  const pairs = texts.flatMap((text) =>
    [
      ...text
        .normalize('NFKC')
        .matchAll(
          /"([^"]+)"\s*=\s*([^\s,;，；、]+)|([^\s,;，；、=:]+)\s*[=:]\s*([^\s,;，；、]+)|([^\s,;，；、]+)/g,
        ),
    ].map((match) => ({ written: match[0], header: match[1] ?? match[3], field: match[2] ?? match[4] })),
  );
  const bad: string[] = [];
  const mappings: GivenMapping[] = [];
  for (const pair of pairs) {
    const field = pair.field === undefined ? undefined : readFieldName(pair.field);
    if (pair.header === undefined || field === undefined) bad.push(pair.written);
    else mappings.push({ header: pair.header.trim(), field });
  }
  return bad.length > 0 || mappings.length === 0 ? { kind: 'invalid', bad } : { kind: 'ok', mappings };
}
