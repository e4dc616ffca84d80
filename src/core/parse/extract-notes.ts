import type { Language } from './parse-result.ts';
import { splitClauses } from './split-clauses.ts';
import type { Span } from './text-span.ts';

export interface Notes {
  summary: string | null;
  needs: string | null;
  issues: string | null;
  nextStep: string | null;
}

export interface NotesInput {
  /** What the person wrote (structured fields blanked) and its simplified, half-width twin. */
  original: string;
  match: string;
  /** Where the message starts after a leading @mention. */
  from: number;
  /** The command word and customer, dropped from the summary when they open the message. */
  head: Span[];
  followUpClause: Span | null;
  language: Language;
}

const connector =
  /^[\s,:;=、。\-—]*(?:(?:with|for|from|about|against|on|at|to|re|regarding)\b[\s,:;=、\-—]*)?/i;
const edgePunctuation = /^[\s,:;=、。，：；\-—]+|[\s,;=、，；\-—]+$/g;
const needPattern =
  /需要|想要|希望|要求|关心|需求|\bwants?\b|\bneeds?\b|\basked for\b|\blooking for\b|\binterested in\b|\brequire/i;
const issuePattern =
  /问题|担心|不满|抱怨|故障|顾虑|\bconcern(?:s|ed)?\b|\bissues?\b|\bproblems?\b|\bcomplained\b|\bworried\b/i;

/**
 * The summary is the message without the command word and customer that open it (「记录拜访 华为 」,
 * "log visit with Acme Corp:"); a customer named mid-sentence stays, or the sentence would break.
 * needs / issues are the summary's clauses with a need or issue word, nextStep the follow-up clause.
 */
export function extractNotes(input: NotesInput): Notes {
  const start = skipHead(input.match, input.from, input.head);
  const summary = trimEdges(input.original, { start, end: input.original.length });
  const clauses = summary
    ? splitClauses(input.match.slice(0, summary.end)).filter((span) => span.end > summary.start)
    : [];
  const joiner = input.language === 'en' ? '; ' : '；';
  const pick = (pattern: RegExp) => {
    const picked = clauses
      .map((span) => ({ start: Math.max(span.start, summary?.start ?? 0), end: span.end }))
      .filter((span) => pattern.test(input.match.slice(span.start, span.end)))
      .map((span) => input.original.slice(span.start, span.end).trim());
    return picked.length > 0 ? picked.join(joiner) : null;
  };
  const nextStep = input.followUpClause ? trimEdges(input.original, input.followUpClause) : null;
  return {
    summary: summary ? input.original.slice(summary.start, summary.end).replace(/ {2,}/g, ' ') : null,
    needs: pick(needPattern),
    issues: pick(issuePattern),
    nextStep: nextStep ? input.original.slice(nextStep.start, nextStep.end) : null,
  };
}

function skipHead(match: string, from: number, head: Span[]): number {
  let at = from;
  for (let moved = true; moved; ) {
    moved = false;
    at += connector.exec(match.slice(at))?.[0].length ?? 0;
    const span = head.find((candidate) => candidate.start === at && candidate.end > at);
    if (span) {
      at = span.end;
      moved = true;
    }
  }
  return at;
}

function trimEdges(text: string, span: Span): Span | null {
  const slice = text.slice(span.start, span.end);
  const lead = /^[\s,:;=、。，：；\-—]*/.exec(slice)?.[0].length ?? 0;
  const trimmed = slice.slice(lead).replace(edgePunctuation, '');
  return trimmed === '' ? null : { start: span.start + lead, end: span.start + lead + trimmed.length };
}
