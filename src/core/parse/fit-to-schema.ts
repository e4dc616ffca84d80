import type { ParseResult } from './parse-result.ts';

/** Cuts free-text fields to parseResultSchema's limits, so a 4,000-character message still parses. */
export function fitToSchema(result: ParseResult): ParseResult {
  return {
    ...result,
    customer: clip(result.customer, 200),
    contact: result.contact && {
      name: clip(result.contact.name, 100),
      title: clip(result.contact.title, 100),
    },
    summary: clip(result.summary, 4000),
    competitor: clip(result.competitor, 200),
    needs: clip(result.needs, 2000),
    issues: clip(result.issues, 2000),
    nextStep: clip(result.nextStep, 2000),
  };
}

function clip<T extends string | null>(value: T, max: number): T {
  return (value === null || value.length <= max ? value : value.slice(0, max).trimEnd()) as T;
}
