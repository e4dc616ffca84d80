import { parse } from 'csv-parse/sync';

/**
 * The rows of a CSV file as text cells. Excel on Chinese Windows saves CSV as GBK without saying so:
 * bytes that are not valid UTF-8 are read as GB18030 (GBK's superset). A UTF-8 or UTF-16 byte order
 * mark is honoured. The delimiter (comma, tab or semicolon) is the one the first line uses most.
 */
export function readCsv(bytes: Uint8Array): string[][] {
  const text = decode(bytes);
  return parse(text, {
    bom: true,
    delimiter: guessDelimiter(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the one other encoding spreadsheets commonly write here.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  const counts = [',', '\t', ';'].map((delimiter) => [delimiter, firstLine.split(delimiter).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}
