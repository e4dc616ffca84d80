import type { Span } from './text-span.ts';

export type StructuredKey = 'customer' | 'contact' | 'followUp' | 'summary' | 'competitor' | 'date';

export interface StructuredField {
  key: StructuredKey;
  /** From the key to the end of the value, for blanking it out of the free text. */
  span: Span;
  value: Span;
}

// Keys in simplified form (traditional is converted before this runs); longest first in each group.
const keys: [StructuredKey, string][] = [
  ['customer', '客户名称|客户名|客户'],
  ['customer', '\\b(?:customer|client|company|account)\\b'],
  ['contact', '联系人|联络人|对接人'],
  ['contact', '\\bcontact\\b'],
  ['followUp', '下次跟进|下次联系|跟进时间|跟进日期|跟进'],
  ['followUp', '\\b(?:next follow[- ]?up|follow[- ]?up|next)\\b'],
  ['summary', '内容|摘要|备注|纪要'],
  ['summary', '\\b(?:summary|notes?)\\b'],
  ['competitor', '竞品|竞争对手'],
  ['competitor', '\\bcompetitors?\\b'],
  ['date', '拜访时间|拜访日期|时间|日期'],
  ['date', '\\b(?:date|when)\\b'],
];

const keyPattern = new RegExp(keys.map(([, words]) => `(${words})\\s*[=:]\\s*`).join('|'), 'gi');
const trailing = /[\s,;、。]+$/;

/**
 * Reads 「客户=招商银行，下次跟进=2026-12-10」 and "customer: Acme; follow up: 2026-12-10; contact: Sarah":
 * a known key, = or :, and a value that runs to the next key, so commas inside a value stay in it.
 */
export function readStructuredInput(text: string): StructuredField[] {
  const hits = [...text.matchAll(keyPattern)].filter((hit) => isKeyStart(text, hit.index, hit[0]));
  return hits.flatMap((hit, i) => {
    const group = hit.slice(1).findIndex((value) => value !== undefined);
    const key = keys[group]?.[0];
    const valueStart = hit.index + hit[0].length;
    const next = hits[i + 1]?.index ?? text.length;
    const raw = cutValue(key, text.slice(valueStart, next)).replace(trailing, '');
    if (!key || raw.trim() === '') return [];
    return [
      {
        key,
        span: { start: hit.index, end: valueStart + raw.length },
        value: { start: valueStart, end: valueStart + raw.length },
      },
    ];
  });
}

/**
 * A summary runs to the next key, commas and all. Other values are short: they end at a comma, a
 * semicolon or a line break, and a Chinese name at a space too (客户=华为 今天聊了报价).
 */
function cutValue(key: StructuredKey | undefined, value: string): string {
  if (key === 'summary') return value;
  const isName = key === 'customer' || key === 'contact' || key === 'competitor';
  const stop = isName && /^\s*[\u4e00-\u9fff]/.test(value) ? /[,;\n。、]|\S\s/ : /[,;\n。、]/;
  const at = value.search(stop);
  if (at < 0) return value;
  return value.slice(0, /[,;\n。、]/.test(value[at] ?? '') ? at : at + 1);
}

/**
 * A key starts the text or follows a separator; a Chinese key may also follow a space (记录拜访 客户=…).
 * So 「新增客户：华为」 and "new customer: Stark" stay commands with a name, not fields.
 */
function isKeyStart(text: string, at: number, key: string): boolean {
  const before = text.slice(0, at);
  if (/(?:^|[,;\n、。])\s*$/.test(before)) return true;
  return /^[\u4e00-\u9fff]/.test(key) && /\s$/.test(before);
}
