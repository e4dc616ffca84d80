/** A contact already on file for the customer, as far as finding it in a message goes. */
export interface KnownContact {
  name: string;
  title: string | null;
}

const hanName = /^\p{Script=Han}+$/u;

/**
 * The one contact on file that a message names, as the person wrote it but spelled as on file: "met w/
 * sarah @ acme" → Sarah, "Hank asked about discounts" → Hank (of Hank Scorpio), 「和陈经理聊了」 → 陈经理.
 * A Latin name counts as a whole word, its first name alone too; a Chinese name of two characters or
 * more counts anywhere. Null when none or several contacts are named, so a guess is never made.
 */
export function findKnownContact(text: string, contacts: readonly KnownContact[]): KnownContact | null {
  const lower = text.toLowerCase();
  const found = contacts.flatMap((contact) => {
    const written = namedForm(lower, contact.name);
    return written ? [{ name: written, title: contact.title }] : [];
  });
  return found.length === 1 ? found[0]! : null;
}

/**
 * The contact on file a name from a message stands for: the same name in any case, or the first name
 * of exactly one contact ("Hank" for Hank Scorpio). Null when none, or several share the first name.
 */
export function matchKnownContact<T extends { name: string }>(
  name: string,
  contacts: readonly T[],
): T | null {
  const wanted = name.trim().toLowerCase();
  const same = contacts.filter((contact) => contact.name.trim().toLowerCase() === wanted);
  if (same.length > 0) return same.length === 1 ? same[0]! : null;
  if (hanName.test(wanted) || wanted.includes(' ')) return null;
  const byFirstName = contacts.filter((contact) => firstWord(contact.name).toLowerCase() === wanted);
  return byFirstName.length === 1 ? byFirstName[0]! : null;
}

function namedForm(lowerText: string, name: string): string | null {
  const trimmed = name.trim();
  if (hanName.test(trimmed)) return [...trimmed].length >= 2 && lowerText.includes(trimmed) ? trimmed : null;
  for (const form of [trimmed, firstWord(trimmed)]) {
    if (form.length >= 3 && containsWord(lowerText, form.toLowerCase())) return form;
  }
  return null;
}

function containsWord(lowerText: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(lowerText);
}

function firstWord(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}
