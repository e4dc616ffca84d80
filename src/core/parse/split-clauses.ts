import type { Span } from './text-span.ts';

// Clause breaks: commas, semicolons, sentence ends and new lines. A colon does not break a clause
// ("跟进：周五" belongs together); a full stop only counts before a space or the end (not in 12.5).
const breakPattern = /[,;!?\n。；！？]|\.(?=\s|$)/g;

/** The clauses of `text` as spans, blank ones left out. */
export function splitClauses(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(breakPattern)) {
    spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  spans.push({ start, end: text.length });
  return spans.filter((span) => text.slice(span.start, span.end).trim() !== '');
}

/** The clause that holds `offset`. */
export function findClause(text: string, offset: number): Span {
  return (
    splitClauses(text).find((span) => offset >= span.start && offset < span.end) ?? {
      start: 0,
      end: text.length,
    }
  );
}
