import type { Satisfaction } from '../../domain/complaints/satisfaction.ts';
import { normalizeText } from '../parse/normalize-text.ts';

export type SatisfactionReading =
  | { kind: 'read'; complaintId: number | null; level: Satisfaction; comment: string | null }
  | { kind: 'unreadable' };

// Longest first, so 不太满意 is not read as 满意 and "not very satisfied" not as "satisfied".
const levelWords: [string, Satisfaction][] = (
  [
    ['非常满意', '满意'],
    ['很满意', '满意'],
    ['比较满意', '比较满意'],
    ['基本满意', '基本满意'],
    ['不太满意', '不太满意'],
    ['不满意', '不满意'],
    ['满意', '满意'],
    ['very satisfied', '满意'],
    ['satisfied', '满意'],
    ['fairly satisfied', '比较满意'],
    ['quite satisfied', '比较满意'],
    ['mostly satisfied', '基本满意'],
    ['basically satisfied', '基本满意'],
    ['somewhat satisfied', '基本满意'],
    ['not very satisfied', '不太满意'],
    ['not quite satisfied', '不太满意'],
    ['somewhat dissatisfied', '不太满意'],
    ['very dissatisfied', '不满意'],
    ['dissatisfied', '不满意'],
    ['unsatisfied', '不满意'],
    ['not satisfied', '不满意'],
  ] as [string, Satisfaction][]
).sort((a, b) => b[0].length - a[0].length);

const head =
  /^\s*(?:@\S+\s*)*(?:(?:客户)?满意度|(?:customer\s+)?satisfaction|rate)\s*(?:(?:for|of)\s+)?(?:(?:客诉|投诉|complaint)\s*)?(?:(\d+)(?![\d.]))?/i;
const separators = /^[\s:：,，;；。.、\-—=]+|[\s:：,，;；。.、\-—]+$/g;
const commentLabel = /^(?:备注|评价|留言|comment|note)\s*[:：=]\s*/i;

/**
 * 「满意度 #12 比较满意 处理很及时」, "satisfaction #12 fairly satisfied: quick fix", "rate complaint 12
 * dissatisfied". The number may come anywhere as #12, or bare right after the opening word; without
 * one the caller looks for the only complaint waiting. The comment keeps the script it was typed in.
 */
export function readSatisfaction(text: string): SatisfactionReading {
  const { original, match } = normalizeText(text);
  const opening = head.exec(match);
  if (!opening) return { kind: 'unreadable' };
  let complaintId = opening[1] ? Number(opening[1]) : null;
  // Offsets stay aligned: what is consumed is blanked, never cut.
  let rest = ' '.repeat(opening[0].length) + match.slice(opening[0].length);
  const ref = /#\s*(\d+)/.exec(rest);
  if (ref) {
    complaintId ??= Number(ref[1]);
    rest = rest.slice(0, ref.index) + ' '.repeat(ref[0].length) + rest.slice(ref.index + ref[0].length);
  }
  const lower = rest.toLowerCase();
  let found: { at: number; word: string; level: Satisfaction } | null = null;
  for (const [word, level] of levelWords) {
    const at = findWord(lower, word);
    if (at >= 0 && (!found || at < found.at)) found = { at, word, level };
  }
  if (!found) return { kind: 'unreadable' };
  const keep = (from: number, to: number) =>
    rest
      .slice(from, to)
      .split('')
      .map((char, i) => (char === ' ' ? ' ' : original[from + i]))
      .join('');
  const before = keep(opening[0].length, found.at).trim();
  const after = keep(found.at + found.word.length, rest.length);
  const comment = [before, after]
    .map((part) => part.replace(separators, '').replace(commentLabel, '').trim())
    .filter((part) => part !== '')
    .join(' ');
  return { kind: 'read', complaintId, level: found.level, comment: comment === '' ? null : comment };
}

/** Where `word` occurs on its own: English words must not run into other letters. */
function findWord(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[a-z]/.test(word)) return at;
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[a-z]/i.test(before) && !/[a-z]/i.test(after)) return at;
  }
  return -1;
}
