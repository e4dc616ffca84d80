import { parseCompanyName } from './parse-company-name.ts';
import { measureNameSimilarity } from './similarity.ts';

/** A customer as duplicate detection sees it: its name key and its contacts' matching keys. */
export interface DuplicateCandidate {
  id: number;
  name: string;
  normalizedName: string;
  phones: string[];
  emails: string[];
}

export type DuplicateReason =
  | { kind: 'same_name' }
  | { kind: 'same_phone'; phone: string }
  | { kind: 'same_email'; email: string }
  | { kind: 'similar_name'; similarity: number };

export interface DuplicatePair {
  /** The lower id first. */
  ids: [number, number];
  reasons: DuplicateReason[];
}

/** Close enough to ask an admin: stricter than "did you mean?" (0.6), since every pair costs a look. */
export const duplicateSimilarity = 0.75;
// Sorted-neighbourhood window: each key is compared with this many keys after it, sorted forwards and by
// its reversed spelling (which brings typos near the start together), instead of every pair of 100,000.
const window = 8;

/**
 * Pairs of customers that are likely one company: the same name key (whose places do not contradict:
 * 青岛啤酒 and 重庆啤酒 share the key 啤酒), a shared contact phone or email, or close names (not differing
 * in a number). Strongest first: more reasons, exact reasons before similar names, the closer names,
 * then by id. `skip` holds pairs an admin already separated ("12:34", lower id first).
 */
export function detectDuplicates(
  customers: DuplicateCandidate[],
  options: { skip?: ReadonlySet<string> } = {},
): DuplicatePair[] {
  const pairs = new Map<string, DuplicatePair>();
  const places = new Map<number, string[]>();
  const placesOf = (candidate: DuplicateCandidate) => {
    const known = places.get(candidate.id);
    if (known) return known;
    const found = parseCompanyName(candidate.name).regions;
    places.set(candidate.id, found);
    return found;
  };
  const add = (a: DuplicateCandidate, b: DuplicateCandidate, reason: DuplicateReason) => {
    if (a.id === b.id) return;
    const ids: [number, number] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
    const key = `${ids[0]}:${ids[1]}`;
    if (options.skip?.has(key)) return;
    const pair = pairs.get(key) ?? { ids, reasons: [] };
    if (!pair.reasons.some((known) => known.kind === reason.kind)) pair.reasons.push(reason);
    pairs.set(key, pair);
  };
  const groups = (keyOf: (candidate: DuplicateCandidate) => string[]) => {
    const byKey = new Map<string, DuplicateCandidate[]>();
    for (const candidate of customers) {
      for (const key of new Set(keyOf(candidate))) {
        const group = byKey.get(key);
        if (group) group.push(candidate);
        else byKey.set(key, [candidate]);
      }
    }
    return [...byKey].filter(([, group]) => group.length > 1);
  };
  for (const [, group] of groups((candidate) => [candidate.normalizedName])) {
    forEachPair(group, (a, b) => {
      if (placesAgree(placesOf(a), placesOf(b))) add(a, b, { kind: 'same_name' });
    });
  }
  for (const [phone, group] of groups((candidate) => candidate.phones)) {
    forEachPair(group, (a, b) => add(a, b, { kind: 'same_phone', phone }));
  }
  for (const [email, group] of groups((candidate) => candidate.emails)) {
    forEachPair(group, (a, b) => add(a, b, { kind: 'same_email', email }));
  }
  const reversed = (text: string) => Array.from(text).reverse().join('');
  for (const keyOf of [(key: string) => key, reversed]) {
    const sorted = customers
      .map((candidate) => ({ candidate, sortKey: keyOf(candidate.normalizedName) }))
      .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
      .map((entry) => entry.candidate);
    sorted.forEach((a, i) => {
      for (const b of sorted.slice(i + 1, i + 1 + window)) {
        if (a.normalizedName === b.normalizedName || digitsOf(a) !== digitsOf(b)) continue;
        const similarity = measureNameSimilarity(a.normalizedName, b.normalizedName);
        if (similarity >= duplicateSimilarity && placesAgree(placesOf(a), placesOf(b))) {
          add(a, b, { kind: 'similar_name', similarity });
        }
      }
    });
  }
  return [...pairs.values()].sort(
    (a, b) =>
      b.reasons.length - a.reasons.length ||
      strength(b) - strength(a) ||
      similarityOf(b) - similarityOf(a) ||
      a.ids[0] - b.ids[0] ||
      a.ids[1] - b.ids[1],
  );
}

/** Two names' places (parseCompanyName().regions) agree when either names none or they share one. */
export function placesAgree(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((place) => b.includes(place));
}

// "Branch 3" and "Branch 4", 3M and 4M: names that differ in a number are different companies, however
// alike the letters are.
function digitsOf(candidate: DuplicateCandidate): string {
  return candidate.normalizedName.replace(/\D/g, '');
}

function strength(pair: DuplicatePair): number {
  return pair.reasons.some((reason) => reason.kind !== 'similar_name') ? 1 : 0;
}

function similarityOf(pair: DuplicatePair): number {
  const similar = pair.reasons.find((reason) => reason.kind === 'similar_name');
  return similar?.kind === 'similar_name' ? similar.similarity : 0;
}

// A group sharing one phone is small in practice; cap it so one switchboard number on 500 customers
// does not produce 125,000 pairs.
const maxGroup = 50;

function forEachPair<T>(group: T[], visit: (a: T, b: T) => void): void {
  const capped = group.slice(0, maxGroup);
  capped.forEach((a, i) => {
    for (const b of capped.slice(i + 1)) visit(a, b);
  });
}
