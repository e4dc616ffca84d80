// String similarity for "did you mean?" suggestions. Lengths and positions count code points, so a CJK
// character outside the BMP is one character, not two UTF-16 units.

const hanPattern = /\p{Script=Han}/u;

/** Sørensen–Dice coefficient over character bigrams (as multisets), from 0 (nothing shared) to 1. */
export function diceCoefficient(a: string, b: string): number {
  if (a === b) return 1;
  const left = toBigrams(a);
  const right = toBigrams(b);
  // A one-character string has no bigram; it is similar only to itself (handled above).
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const bigram of left) counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  let shared = 0;
  for (const bigram of right) {
    const count = counts.get(bigram) ?? 0;
    if (count > 0) {
      shared += 1;
      counts.set(bigram, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** Insertions, deletions and substitutions needed to turn `a` into `b`. */
export function levenshteinDistance(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (const [i, leftChar] of left.entries()) {
    const current = [i + 1];
    for (const [j, rightChar] of right.entries()) {
      const substitution = previous[j]! + (leftChar === rightChar ? 0 : 1);
      current.push(Math.min(previous[j + 1]! + 1, current[j]! + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length]!;
}

/** 1 - distance / longer length: 1 for equal strings, 0 when nothing lines up. */
export function levenshteinRatio(a: string, b: string): number {
  const longest = Math.max(Array.from(a).length, Array.from(b).length);
  if (longest === 0) return 1;
  return 1 - levenshteinDistance(a, b) / longest;
}

/**
 * Similarity of two matching keys, from 0 to 1. Bigram Dice for everything; for keys without Han
 * characters also the Levenshtein ratio, whichever is higher. A Latin typo ("acmee", "acne") breaks up to
 * two bigrams in a short word, which Dice punishes hard; in Chinese each character carries meaning, so a
 * swapped character ("华为技木") should cost what Dice charges for it.
 */
export function measureNameSimilarity(a: string, b: string): number {
  const dice = diceCoefficient(a, b);
  if (hanPattern.test(a) || hanPattern.test(b)) return dice;
  return Math.max(dice, levenshteinRatio(a, b));
}

function toBigrams(text: string): string[] {
  const chars = Array.from(text);
  return chars.slice(1).map((char, index) => `${chars[index]}${char}`);
}
