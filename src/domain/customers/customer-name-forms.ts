import { parseCompanyName } from './parse-company-name.ts';
import { stripCompanySuffixes } from './strip-company-suffixes.ts';
import { toSimplified } from './to-simplified.ts';

/**
 * How a customer may be written inside a sentence, in the index's own spelling (see toScanText):
 * - `name`: the registered name without region prefix and legal form (美的集团股份有限公司 → 美的);
 * - `alias`: an alias the team gave it (招行, CMB);
 * - `short`: the brand without trailing industry words (海康威视数字技术 → 海康威视, Stark Industries → stark).
 * A `weak` form is also an everyday word (美的 "beautiful", 平安, 理想, umbrella): it counts as the customer
 * only where the sentence makes it one (findCustomersInText decides).
 */
export type NameFormKind = 'name' | 'alias' | 'short';

export interface NameForm {
  text: string;
  kind: NameFormKind;
  weak: boolean;
}

// Industry words people leave off when they say a company's name: 宁德时代新能源科技 is 宁德时代, Gringotts
// Bank is Gringotts. Only taken off the end, and only when a real name is left.
const hanIndustryWords = [
  '新能源科技',
  '数字技术',
  '信息技术',
  '创新科技',
  '精密工业',
  '网络科技',
  '科技',
  '技术',
  '新能源',
  '网络',
  '电器',
  '电子',
  '通讯',
  '汽车',
  '医药',
  '保险',
  '工业',
  '企业',
];
const latinIndustryWords = new Set(
  'systems system industries enterprises technologies technology tech trading bank brewing labs software solutions services international global motors electronics pharmaceuticals pharma'.split(
    ' ',
  ),
);

// Everyday words that are also company names. A form in this list, or one that is only an industry word,
// needs context (去美的那边, 和平安的李总) before it names a customer.
const commonHanWords = new Set(
  '美的 平安 理想 小米 字节 联想 统一 方正 光明 长城 大众 中兴 阳光 中华 华夏 东方 新华 永安 太平 安信 建筑 银行 时代 万达 格局 前程 未来 希望 天天 好的 可以 海洋 长安 中信'.split(
    ' ',
  ),
);
const commonLatinWords = new Set(
  'umbrella stark wayne massive dynamic apple amazon target shell oracle delta alpha summit pioneer united general national standard global star sun eagle duff company group bank trading'.split(
    ' ',
  ),
);

const hanOnly = /^\p{Script=Han}+$/u;
const latinWord = /[a-z0-9]+/g;

/** A name and, when the database already holds it, its matching key (normalizeName), which is costly to redo. */
export interface KeyedName {
  text: string;
  key?: string;
}

/** Every form of one customer's name and aliases, at least two characters each, without duplicates. */
export function customerNameForms(customer: {
  name: string | KeyedName;
  aliases: readonly (string | KeyedName)[];
}): NameForm[] {
  const forms = new Map<string, NameForm>();
  const add = (text: string, kind: NameFormKind) => {
    if ([...text].length < 2 || forms.has(text)) return;
    forms.set(text, { text, kind, weak: isWeak(text) });
  };
  for (const form of spellings(customer.name)) add(form, 'name');
  for (const alias of customer.aliases) for (const form of spellings(alias)) add(form, 'alias');
  for (const form of [...forms.values()]) {
    if (form.kind === 'name') for (const short of shortForms(form.text)) add(short, 'short');
  }
  return [...forms.values()];
}

/**
 * A name in the index's spelling: the matching key for Chinese names (region and legal form off,
 * simplified), lower-case words joined by single spaces for Latin names ("pied piper", "acme").
 */
function spellings(written: string | KeyedName): string[] {
  const name = typeof written === 'string' ? written : written.text;
  const key = (typeof written === 'string' ? undefined : written.key) ?? parseCompanyName(name).key;
  if (hanOnly.test(key)) return [key];
  const words = stripCompanySuffixes(toScanText(name).match(latinWord) ?? []);
  const latin = words.join(' ');
  return latin === key ? [key] : [key, latin].filter((form) => form !== '');
}

function shortForms(form: string): string[] {
  if (hanOnly.test(form)) {
    const shorts: string[] = [];
    for (let rest = stripHanIndustryWord(form); rest; rest = stripHanIndustryWord(rest)) shorts.push(rest);
    return shorts;
  }
  const words = form.split(' ');
  while (words.length > 1 && latinIndustryWords.has(words.at(-1)!)) words.pop();
  return words.length < form.split(' ').length ? [words.join(' ')] : [];
}

function stripHanIndustryWord(form: string): string | undefined {
  const word = hanIndustryWords.find((candidate) => form.endsWith(candidate));
  const rest = word ? form.slice(0, -word.length) : '';
  return [...rest].length >= 2 ? rest : undefined;
}

function isWeak(form: string): boolean {
  if (hanOnly.test(form)) return commonHanWords.has(form) || hanIndustryWords.includes(form);
  // HW, CMB, DJI: a few letters are a customer when written in capitals, an abbreviation otherwise.
  return commonLatinWords.has(form) || latinIndustryWords.has(form) || form.length <= 3;
}

/**
 * The text the index scans, the same length as what was typed so offsets carry over: full-width folded,
 * ASCII lower-cased, traditional characters simplified, every space a plain space.
 */
export function toScanText(text: string): string {
  const folded = text
    .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/[A-Z]/g, (char) => char.toLowerCase())
    .replace(/\s/g, ' ');
  const simplified = toSimplified(folded);
  if (simplified.length === folded.length) return simplified;
  // A conversion that changed the length would move every later offset: convert one character at a time.
  let out = '';
  for (const char of folded) {
    const converted = toSimplified(char);
    out += converted.length === char.length ? converted : char;
  }
  return out;
}
