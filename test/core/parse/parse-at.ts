import { parseMessage } from '../../../src/core/parse/parse-message.ts';
import { type ParseResult, parseResultSchema } from '../../../src/core/parse/parse-result.ts';

/** The fixed clock of the parser tests: Monday 2026-11-23, 10:00 in Shanghai. */
export const monday = new Date('2026-11-23T10:00:00+08:00');

/** Parses at the fixed clock and checks the result against the schema every caller relies on. */
export function parseAt(text: string, timeZone = 'Asia/Shanghai', now: Date = monday): ParseResult {
  return parseResultSchema.parse(parseMessage(text, { now, timeZone }));
}

export type Case = [text: string, expected: Partial<ParseResult>];
