import type { Locale } from '../src/domain/people.ts';
import { pick } from './text.ts';

/**
 * The first `shown` items as lines, then one "……还有 N 家" / "…and N more" for the rest: a chat card
 * is read, not scrolled. `unit` counts customers (家) or entries (条).
 */
export function listLines<T>(
  items: T[],
  shown: number,
  l: Locale,
  line: (item: T) => string,
  unit: '家' | '条' = '家',
): string[] {
  const lines = items.slice(0, shown).map(line);
  const more = items.length - shown;
  if (more > 0) lines.push(pick(l, `……还有 ${more} ${unit}`, `…and ${more} more`));
  return lines;
}
