// Legal-form words that end a registered name but not the way people say it. Kept on purpose: 科技, 技术,
// 实业, 电子, 网络, 银行, 工业, 企业 and the like — they are part of brands (大疆创新科技, 华为技术) and dropping
// them would make unrelated companies share a key. 分公司 is kept too: a branch is often its own customer.
// Latin sequences are whole words, so "co" never eats the end of "costco".

// Matched after traditional → simplified, so 有限责任公司 also covers 有限責任公司.
// 集团有限公司 and 控股集团有限公司 need no entry: stripping repeats until nothing more comes off.
const hanSuffixes = [
  '股份有限公司',
  '有限责任公司',
  '责任有限公司',
  '有限公司',
  '股份公司',
  '株式会社',
  '有限合伙',
  '总公司',
  '公司',
  '集团',
  '控股',
];

// Dots and apostrophes split words, so "S.A." arrives as s, a and "Co.,Ltd." as co, ltd.
const latinSuffixes = [
  'and co',
  'and company',
  'co',
  'company',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'llc',
  'l l c',
  'llp',
  'lp',
  'ltd',
  'limited',
  'plc',
  'gmbh',
  'kg',
  'ag',
  'sa',
  's a',
  'nv',
  'n v',
  'bv',
  'b v',
  'pte',
  'pty',
  'group',
  'holding',
  'holdings',
].map((suffix) => suffix.split(' '));

/**
 * Removes legal-form words from the end of a tokenised name ("acme", "co", "ltd" → "acme";
 * "华为技术有限公司" → "华为技术"), repeatedly, but never the last remaining word.
 */
export function stripCompanySuffixes(tokens: readonly string[]): string[] {
  let current = [...tokens];
  for (let next = stripOneSuffix(current); next; next = stripOneSuffix(current)) current = next;
  return current;
}

function stripOneSuffix(tokens: string[]): string[] | undefined {
  const latin = latinSuffixes.find(
    (suffix) => tokens.length > suffix.length && endsWithWords(tokens, suffix),
  );
  if (latin) return tokens.slice(0, -latin.length);
  const last = tokens.at(-1);
  if (last === undefined) return undefined;
  if (last.endsWith('分公司')) return undefined;
  // Only the longest suffix is tried: 有限公司 alone must stay 有限公司, not lose 公司 and become 有限.
  const han = hanSuffixes.find((suffix) => last.endsWith(suffix));
  if (!han) return undefined;
  const rest = last.slice(0, -han.length);
  if (rest !== '') return [...tokens.slice(0, -1), rest];
  return tokens.length > 1 ? tokens.slice(0, -1) : undefined;
}

function endsWithWords(tokens: string[], words: string[]): boolean {
  const start = tokens.length - words.length;
  return words.every((word, index) => tokens[start + index] === word);
}
