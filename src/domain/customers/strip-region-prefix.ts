import { regionSpellings } from './region-names.ts';

export interface RegionPrefix {
  /** Canonical names of the places taken off, in order: 广东省深圳市… → ['广东', '深圳']. */
  regions: string[];
  rest: string;
}

// 北京市场研究 is 北京 + 市场研究, and 北京市政 is 北京 + 市政: there the 市 belongs to the next word.
const wordsOpeningWithShi = /^[场政]/u;

/**
 * Takes leading provinces and cities off a matching key (深圳市大疆创新科技 → 大疆创新科技), repeatedly, but
 * only while at least two characters remain, so 上海 alone stays 上海.
 */
export function stripRegionPrefix(key: string): RegionPrefix {
  const regions: string[] = [];
  let rest = key;
  for (let next = stripOneRegion(rest); next; next = stripOneRegion(rest)) {
    regions.push(next.region);
    rest = next.rest;
  }
  return { regions, rest };
}

function stripOneRegion(key: string): { region: string; rest: string } | undefined {
  const match = regionSpellings.find(
    ([spelling]) =>
      key.startsWith(spelling) &&
      !(spelling.endsWith('市') && wordsOpeningWithShi.test(key.slice(spelling.length))),
  );
  if (!match) return undefined;
  const [spelling, region] = match;
  const rest = key.slice(spelling.length);
  // Only the longest spelling counts: when 北京市 leaves too little, 北京 must not leave "市…".
  return Array.from(rest).length >= 2 ? { region, rest } : undefined;
}
