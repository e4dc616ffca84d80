import { DateTime } from 'luxon';
import type { CorpusEntry } from './read-corpus.ts';

/** The part of one `crm parse --resolve` JSON line that is scored; null when no line came back. */
export interface ParseOutput {
  intent?: string;
  contact?: { name: string } | null;
  followUpAt?: string | null;
  complaint?: { severity: string } | null;
  /** Absent until `--resolve` exists: then every customer label counts as missed. */
  resolvedCustomer?: string | null;
}

export const scoredFields = ['intent', 'customer', 'contact', 'followUpDay', 'severity'] as const;
export type ScoredField = (typeof scoredFields)[number];

/** Issue 12's targets, in percent; contact is measured without one. */
export const targets: Partial<Record<ScoredField, number>> = {
  intent: 97,
  customer: 95,
  followUpDay: 95,
  severity: 90,
};

export interface Miss {
  entry: CorpusEntry;
  field: ScoredField;
  expected: string | null;
  got: string | null | undefined;
}

export interface Score {
  fields: { field: ScoredField; right: number; total: number }[];
  /** expected intent → predicted intent → count. */
  confusion: Map<string, Map<string, number>>;
  misses: Miss[];
}

/** Scores each labelled field of each entry against the parser's line for it (outputs[i] for entries[i]). */
export function scoreCorpus(
  entries: CorpusEntry[],
  outputs: (ParseOutput | null)[],
  timeZone: string,
): Score {
  const tally = new Map(scoredFields.map((field) => [field, { right: 0, total: 0 }]));
  const confusion = new Map<string, Map<string, number>>();
  const misses: Miss[] = [];
  entries.forEach((entry, index) => {
    const output = outputs[index] ?? null;
    const predicted = output?.intent ?? '(no answer)';
    const row = confusion.get(entry.intent) ?? new Map<string, number>();
    row.set(predicted, (row.get(predicted) ?? 0) + 1);
    confusion.set(entry.intent, row);
    for (const field of scoredFields) {
      const expected = labelOf(entry, field);
      if (expected === undefined) continue;
      const got = output ? answerOf(output, field, timeZone) : undefined;
      const counts = tally.get(field)!;
      counts.total++;
      if (got === expected) counts.right++;
      else misses.push({ entry, field, expected, got });
    }
  });
  return {
    fields: scoredFields.map((field) => ({ field, ...tally.get(field)! })),
    confusion,
    misses,
  };
}

function labelOf(entry: CorpusEntry, field: ScoredField): string | null | undefined {
  if (field === 'contact') return entry.contact === undefined ? undefined : (entry.contact?.trim() ?? null);
  return entry[field];
}

/** What the parser answered for a field; undefined when it said nothing about it (a missing key). */
function answerOf(output: ParseOutput, field: ScoredField, timeZone: string): string | null | undefined {
  switch (field) {
    case 'intent':
      return output.intent;
    case 'customer':
      return output.resolvedCustomer;
    case 'contact':
      return output.contact === undefined ? undefined : (output.contact?.name.trim() ?? null);
    case 'followUpDay':
      if (output.followUpAt === undefined || output.followUpAt === null) return output.followUpAt;
      return DateTime.fromISO(output.followUpAt).setZone(timeZone).toISODate();
    case 'severity':
      return output.complaint === undefined ? undefined : (output.complaint?.severity ?? null);
  }
}
