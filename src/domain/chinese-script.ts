import { Converter } from 'opencc-js';
import { toSimplified } from './customers/to-simplified.ts';

let toTraditional: ReturnType<typeof Converter> | undefined;

/**
 * Whether Chinese text is written in simplified characters (变更, 华为), traditional ones (變更, 華為),
 * or only characters both write alike (列表, 客人). Compares the text with its conversions: a
 * simplified-only character changes when made traditional, a traditional-only one when simplified.
 * Simplified wins: someone writing simplified may still type a customer's traditional name
 * (台積電 欠款 10万), while a traditional writer has no simplified-only characters to type.
 */
export function chineseScriptOf(text: string): 'traditional' | 'simplified' | 'either' {
  // Built on first use: the dictionaries take tens of milliseconds. Taiwan's forms (tw), so that 台
  // and 着 written by a Taiwanese reader do not count as simplified.
  toTraditional ??= Converter({ from: 'cn', to: 'tw' });
  if (toTraditional(text) !== text) return 'simplified';
  return toSimplified(text) !== text ? 'traditional' : 'either';
}
