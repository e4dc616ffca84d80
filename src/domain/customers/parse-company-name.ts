import { findRegion } from './region-names.ts';
import { stripCompanySuffixes } from './strip-company-suffixes.ts';
import { stripRegionPrefix } from './strip-region-prefix.ts';
import { toSimplified } from './to-simplified.ts';

export interface ParsedCompanyName {
  /** The matching key: see normalizeName. */
  key: string;
  /** Canonical provinces and cities the name was tied to (深圳市…, …(上海)), which the key no longer shows. */
  regions: string[];
}

const bracketedPattern = /[([【〔「『《〈]([^()[\]【】〔〕「」『』《》〈〉]*)[)\]】〕」』》〉]/gu;

// Words that may stand in brackets and say nothing about which company it is: 西门子(中国)有限公司,
// 中国平安保险(集团)股份有限公司, xx投资合伙企业(有限合伙). Countries are not regions: 中国 contains every city.
const bracketedQualifiers = new Set([
  '中国',
  '中国大陆',
  '大陆',
  '亚太',
  'china',
  'prc',
  'hongkong',
  'hk',
  'taiwan',
  'macau',
  'macao',
  'asia',
  'asiapacific',
  'apac',
  '集团',
  '控股',
  '股份',
  '有限合伙',
  '普通合伙',
  'group',
  'holdings',
]);

// Han runs and runs of other letters/digits are separate words, so 华为ltd and acme有限公司 split cleanly.
const wordPattern = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+/gu;
const latinDiacritics = /[\u0300-\u036f]/gu;
const nonWord = /[^\p{L}\p{M}\p{N}]/gu;

/** The matching key of a company name and the places its registered form named. */
export function parseCompanyName(name: string): ParsedCompanyName {
  let parsed = parseOnce(name);
  // A stored key gets normalised again (by a backfill, or a mention typed as the key), so the key must be a
  // fixed point. One pass almost always is; a second pass catches joins such as "华为 gmb h" → 华为gmbh.
  for (let pass = 0; pass < 3; pass += 1) {
    const again = parseOnce(parsed.key);
    if (again.key === parsed.key) break;
    parsed = { key: again.key, regions: [...new Set([...parsed.regions, ...again.regions])] };
  }
  return parsed;
}

function parseOnce(name: string): ParsedCompanyName {
  const text = cleanText(name);
  const regions: string[] = [];
  const unqualified = text.replace(bracketedPattern, (_group, inner: string) => {
    const word = inner.replace(nonWord, '');
    const region = findRegion(word);
    if (region) regions.push(region);
    return region || bracketedQualifiers.has(word) ? ' ' : ` ${inner} `;
  });
  const words = splitWords(unqualified);
  // "(中国)" alone has nothing left once the qualifier goes; its text is still a better key than ''.
  if (words.length === 0) return { key: splitWords(text).join(''), regions: [] };
  const key = stripCompanySuffixes(dropLeadingArticle(words)).join('');
  const prefix = stripRegionPrefix(key);
  return { key: prefix.rest, regions: [...new Set([...prefix.regions, ...regions])] };
}

function cleanText(name: string): string {
  // NFKC turns full-width letters, digits, spaces and brackets into ASCII; NFD + dropping Latin combining
  // marks folds é to e (Nestlé = Nestle) without touching kana or Hangul.
  const folded = name.normalize('NFKC').toLowerCase().normalize('NFD').replace(latinDiacritics, '');
  return toSimplified(folded.normalize('NFC'));
}

function splitWords(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

function dropLeadingArticle(words: string[]): string[] {
  return words[0] === 'the' && words.length > 1 ? words.slice(1) : words;
}
