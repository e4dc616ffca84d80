import type { Locale } from '../src/domain/people.ts';

/**
 * An amount in the workspace currency as people read it: 「¥120万」 in Chinese (万 and 亿 are how
 * Chinese teams count), "¥1,200,000" in English.
 */
export function formatMoney(cents: number, locale: Locale): string {
  const yuan = cents / 100;
  if (locale !== 'en' && Math.abs(yuan) >= 100_000_000) return `¥${trim(yuan / 100_000_000)}亿`;
  if (locale !== 'en' && Math.abs(yuan) >= 10_000) return `¥${trim(yuan / 10_000)}万`;
  return `¥${yuan.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
}

function trim(value: number): string {
  return String(Math.round(value * 100) / 100);
}
