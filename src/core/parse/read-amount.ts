import { readChineseNumber } from './read-chinese-number.ts';
import type { Span } from './text-span.ts';

const multipliers: Record<string, number> = {
  亿: 100_000_000,
  千万: 10_000_000,
  百万: 1_000_000,
  万: 10_000,
  w: 10_000,
  千: 1_000,
  k: 1_000,
  thousand: 1_000,
  m: 1_000_000,
  mn: 1_000_000,
  million: 1_000_000,
};

const currency = '(?:¥|￥|\\$|rmb|cny|usd|us\\$)';
const unit = '(亿|千万|百万|万|千|w\\b|k\\b|mn\\b|m\\b|thousand\\b|million\\b)';
const tail = '(?:\\s*(?:元|块钱|块|rmb\\b|cny\\b|yuan\\b|dollars?\\b))?';
const arabic = new RegExp(
  `(${currency}\\s*)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*${unit}?${tail}`,
  'giu',
);
const chinese = new RegExp(`([零〇一二两三四五六七八九十百]+)\\s*(亿|千万|百万|万|千)${tail}`, 'gu');

/**
 * The first amount of money in the text, in cents: 120万, 1.2亿, ¥120,000, 50k, $1.5m, 三十万元. A
 * currency sign is read but not converted: sales are kept in the workspace currency. A bare number
 * counts only if it has a currency sign, a unit or at least three digits, so "3 单" is not money.
 */
export function readAmount(text: string): { cents: number; span: Span } | null {
  const hits: { cents: number; span: Span }[] = [];
  for (const hit of text.matchAll(arabic)) {
    const [whole, sign, integer, fraction, scale] = hit;
    const digits = integer!.replace(/,/g, '');
    if (!sign && !scale && digits.length < 3) continue;
    const value = Number(`${digits}.${fraction ?? '0'}`) * (scale ? multipliers[scale.toLowerCase()]! : 1);
    hits.push({
      cents: Math.round(value * 100),
      span: { start: hit.index, end: hit.index + whole.trimEnd().length },
    });
  }
  for (const hit of text.matchAll(chinese)) {
    const value = readChineseNumber(hit[1]!);
    if (value === null || value === 0) continue;
    hits.push({
      cents: Math.round(value * multipliers[hit[2]!]! * 100),
      span: { start: hit.index, end: hit.index + hit[0].trimEnd().length },
    });
  }
  hits.sort((a, b) => a.span.start - b.span.start);
  return hits.find((hit) => hit.cents > 0) ?? null;
}
