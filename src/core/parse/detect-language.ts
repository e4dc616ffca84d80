import type { Language } from './parse-result.ts';

export const cjkPattern = /[\u3400-\u9fff]/;

/** Traditional when turning it simplified changed something; Chinese when it has CJK at all. */
export function detectLanguage(original: string, simplified: string): Language {
  if (simplified !== original) return 'zh-Hant';
  return cjkPattern.test(original) ? 'zh-Hans' : 'en';
}
