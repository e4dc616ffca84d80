import type { DateMention } from './read-dates.ts';
import type { Span } from './text-span.ts';

// Words that ask for a next contact. A cue followed by 了/过 reports one that happened (联系了, 回访过)
// and 联系人 is a contact person, so neither counts.
const followUpCuePattern = new RegExp(
  [
    '(?:跟进|跟踪|再联系|联系|回访|回复|回电|答复|再约|约了|再谈|再沟通|再聊|再去|再来|再打|再跟|再见面|再开会|提醒)(?![了过人])',
    // The next thing we do: 继续, 再确认, 再给他们打, 周一发, 先发一版, 再 call, check 一下.
    '继续(?![了过])|再(?:确认|对|碰|看|给|发|找|问|催|call|check|ping)|(?:先|再|就)?(?:发|寄|送)(?:过去|给|一版|一下|报价|方案|合同|资料|邮件|案例|样品)|(?<=[一二三四五六日天末])发(?=$|[\\s，,。!！])|\\bcheck\\s*一下',
    '\\bfollow(?:ing)?(?:[- ]?up)?\\b',
    '\\b(?:ping|chase|nudge)\\b',
    '\\bnext steps?\\b',
    '\\breschedul(?:e|ed|ing)\\b|\\b(?:pushed|moved|postponed)\\s+(?:it\\s+)?(?:to|till|until)\\b',
    '\\bsend (?:(?:him|her|them|the|a|an|our|over|updated|revised|final|new|signed)\\s+)*(?:paperwork|proposals?|quotes?|sow|decks?|contracts?|agreements?|nda|pricing|docs?|info|details|case stud(?:y|ies)|samples?|specs?|slides|materials|brochures?|invoices?|renewal)\\b',
    '\\b(?:call|email|text|message) (?:him|her|them)\\b',
    '\\bcall (?:\\w+ )?back\\b',
    '\\bcheck in\\b',
    '\\breach out\\b',
    '\\btouch base\\b',
    '\\bcircle back\\b',
    '\\bget back to\\b',
    '\\bremind me\\b',
  ].join('|'),
  'gi',
);

// A deadline: 周五前 / 月底之前 after the date, "by/before/due Friday" or 截止/最晚 before it.
const deadlineAfterPattern = /^\s*(?:之前|以前|前)/;
const deadlineBeforePattern =
  /(?:\b(?:by|before|due(?: on| by)?|no later than|until|till)|截止(?:到|至)?|最晚|最迟)\s*$/i;

/** Every follow-up cue in the text. */
export function findFollowUpCues(text: string): Span[] {
  return [...text.matchAll(followUpCuePattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

export function hasDeadlineCue(text: string, mention: DateMention): boolean {
  return (
    deadlineAfterPattern.test(text.slice(mention.end)) ||
    deadlineBeforePattern.test(text.slice(0, mention.start))
  );
}
