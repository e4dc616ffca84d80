import { measureNameSimilarity } from './similarity.ts';

export type NameMatchKind = 'name' | 'alias' | 'prefix' | 'contains' | 'similar';

export interface NameMatchScore {
  kind: NameMatchKind;
  /** measureNameSimilarity between the mention's key and the key that matched; 1 for name and alias. */
  similarity: number;
  /** Length of the key that matched, in characters: a shorter key is a closer prefix/contains match. */
  keyLength: number;
}

/** Below this a suggestion is noise: "acne" for "acme" passes (0.75), "xyz" for "acme" does not. */
export const similarityThreshold = 0.6;

const hanPattern = /\p{Script=Han}/u;

/**
 * How a mention's key relates to one candidate's name key and alias keys, or null when it does not.
 * Exact beats prefix beats contains beats similar; within a kind the best key wins.
 */
export function scoreNameMatch(
  mentionKey: string,
  nameKey: string,
  aliasKeys: readonly string[],
): NameMatchScore | null {
  if (mentionKey === '') return null;
  if (nameKey === mentionKey) return { kind: 'name', similarity: 1, keyLength: lengthOf(nameKey) };
  if (aliasKeys.includes(mentionKey))
    return { kind: 'alias', similarity: 1, keyLength: lengthOf(mentionKey) };
  const keys = [nameKey, ...aliasKeys].filter((key) => key !== '');
  if (isLongEnoughToExtend(mentionKey)) {
    const prefix = pickBest(
      mentionKey,
      keys.filter((key) => key.startsWith(mentionKey)),
    );
    if (prefix) return { kind: 'prefix', ...prefix };
    const contains = pickBest(
      mentionKey,
      keys.filter((key) => key.includes(mentionKey)),
    );
    if (contains) return { kind: 'contains', ...contains };
  }
  // One character is anyone's name: it matches exactly or not at all.
  if (lengthOf(mentionKey) < 2) return null;
  const similar = keys
    .map((key) => ({ similarity: measureNameSimilarity(mentionKey, key), keyLength: lengthOf(key) }))
    .sort((a, b) => b.similarity - a.similarity || a.keyLength - b.keyLength)[0];
  return similar && similar.similarity >= similarityThreshold ? { kind: 'similar', ...similar } : null;
}

// Two Han characters name a company (华为, 腾讯); two Latin letters start half the customer list ("ac"),
// so a Latin mention needs three before it may stand for a longer name.
function isLongEnoughToExtend(mentionKey: string): boolean {
  return lengthOf(mentionKey) >= (hanPattern.test(mentionKey) ? 2 : 3);
}

function pickBest(mentionKey: string, keys: string[]): Omit<NameMatchScore, 'kind'> | undefined {
  return keys
    .map((key) => ({ similarity: measureNameSimilarity(mentionKey, key), keyLength: lengthOf(key) }))
    .sort((a, b) => a.keyLength - b.keyLength || b.similarity - a.similarity)[0];
}

function lengthOf(text: string): number {
  return Array.from(text).length;
}
