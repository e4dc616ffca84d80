import { Converter } from 'opencc-js';
import { toSimplified } from './customers/to-simplified.ts';

let toTraditional: ReturnType<typeof Converter> | undefined;

/**
 * Whether Chinese text is written in traditional characters (變更, 華為), simplified ones (变更, 华为),
 * or only characters both write alike (列表, 客人). Compares the text with its conversions: a
 * traditional-only character changes when simplified, a simplified-only one when made traditional.
 */
export function chineseScriptOf(text: string): 'traditional' | 'simplified' | 'either' {
  if (toSimplified(text) !== text) return 'traditional';
  // Built on first use: the dictionaries take tens of milliseconds.
  toTraditional ??= Converter({ from: 'cn', to: 't' });
  return toTraditional(text) !== text ? 'simplified' : 'either';
}
