import { detectIntent, type IntentReading } from './detect-intent.ts';
import { detectLanguage } from './detect-language.ts';
import { detectVisitKind } from './detect-visit-kind.ts';
import { extractCompetitor } from './extract-competitor.ts';
import { extractComplaint } from './extract-complaint.ts';
import { extractNotes, type Notes } from './extract-notes.ts';
import { extractPeople } from './extract-people.ts';
import { fitToSchema } from './fit-to-schema.ts';
import { normalizeText } from './normalize-text.ts';
import type { Intent, ParseOptions, ParseResult } from './parse-result.ts';
import { readCrmCommand, toCommandResult } from './read-crm-command.ts';
import { readDates } from './read-dates.ts';
import { readStructuredFields } from './read-structured-fields.ts';
import { readStructuredInput } from './read-structured-input.ts';
import { resolveDates } from './resolve-dates.ts';
import { blankSpans, type Span } from './text-span.ts';
import { toZonedNow } from './zone-clock.ts';

// Which intents carry notes and a follow-up date; the rest leave them null so a use case never acts
// on a stray guess. unknown keeps its follow-up date: readDateInput asks "下周三跟进" for one.
const hasNotes: Intent[] = ['log_visit', 'add_customer', 'file_complaint'];
const hasFollowUp: Intent[] = [
  'log_visit',
  'add_customer',
  'file_complaint',
  'reschedule_followup',
  'unknown',
];
const noNotes: Notes = { summary: null, needs: null, issues: null, nextStep: null };

/**
 * What the bot already knows about a message when it reads it again: where a known customer is named
 * (found by the customer-name index), or which reading the person chose on a clarifying question.
 */
export interface ParseHints {
  customerAt?: Span;
  intent?: Intent;
}

/**
 * The rule-based reading of one chat message: pure and deterministic, with the clock and zone passed
 * in. Rules run on a simplified, half-width copy; names and the summary come from what was typed.
 * Structured fields (客户=…, follow up: …) win over what the free text says.
 */
export function parseMessage(text: string, options: ParseOptions, hints: ParseHints = {}): ParseResult {
  const wallNow = toZonedNow(options.now, options.timeZone);
  const normalized = normalizeText(text);
  const language = detectLanguage(normalized.original, normalized.simplified);
  const command = readCrmCommand(normalized, wallNow);
  if (command) return toCommandResult(command, language);
  const fields = readStructuredInput(normalized.match);
  const structured = readStructuredFields(fields, normalized.original, normalized.match, wallNow);
  // Structured fields are blanked, not cut, so every offset still points into the original.
  const fieldSpans = fields.map((field) => field.span);
  const match = blankSpans(normalized.match, fieldSpans);
  const original = blankSpans(normalized.original, fieldSpans);
  const from = /^(?:\s*@\S+)*\s*/.exec(match)?.[0].length ?? 0;

  const detected = settleIntent(detectIntent(match, from), Boolean(structured.customer));
  const reading = hints.intent ? { ...detected, intent: hints.intent, confidence: 1 } : detected;
  const { intent } = reading;
  const mentions = readDates(match, wallNow);
  const people = extractPeople(match, original, intent, reading.command, from, mentions, hints.customerAt);
  const dates = resolveDates(match, mentions, wallNow, {
    occurred: intent === 'log_visit',
    followUp: hasFollowUp.includes(intent),
    followUpFrom: reading.dateFrom,
  });
  const head = [reading.command?.span ?? null, people.customerSpan, findComplaintWord(match, intent)];
  const notes = hasNotes.includes(intent)
    ? extractNotes({
        original,
        match,
        from,
        head: head.filter((span) => span !== null),
        followUpClause: dates.followUpClause,
        language,
      })
    : noNotes;
  const followUp = structured.followUp === undefined ? dates : readStructuredFollowUp(structured.followUp);

  return fitToSchema({
    intent,
    customer: structured.customer ?? people.customer,
    contact: structured.contact ?? people.contact,
    occurredAt: structured.occurredAt ?? dates.occurredAt,
    followUpAt: followUp.followUpAt,
    summary: structured.summary ?? notes.summary,
    competitor:
      intent === 'log_visit' || intent === 'add_customer'
        ? (structured.competitor ?? extractCompetitor(match, original, people.customerSpan))
        : null,
    complaint: intent === 'file_complaint' ? extractComplaint(match) : null,
    language,
    followUpHasTime: followUp.followUpHasTime,
    followUpUnreadable: followUp.followUpUnreadable,
    visitKind: intent === 'log_visit' ? detectVisitKind(match) : null,
    needs: notes.needs,
    issues: notes.issues,
    nextStep: notes.nextStep,
    range: intent === 'list_followups' ? (reading.range ?? 'all') : null,
    followUpRef: reading.followUpRef,
    command: null,
    intentConfidence: reading.confidence,
    intentAlternatives: reading.alternatives.slice(0, 3),
  });
}

/**
 * The reading a use case can act on. A sale with no customer to book it on (这个月签了 80万) has no
 * command to run, so the next reading takes its place and the sale stays first among the others;
 * structured fields naming a customer (客户=招商银行, …) make an otherwise unclear message a visit.
 */
function settleIntent(reading: IntentReading, namesCustomer: boolean): IntentReading {
  if (reading.intent === 'record_sale') {
    const [next, ...rest] = reading.alternatives;
    const sale = { intent: 'record_sale' as const, score: reading.confidence };
    return next
      ? { ...reading, intent: next.intent, confidence: next.score, alternatives: [sale, ...rest] }
      : { ...reading, intent: 'unknown', confidence: 0, alternatives: [sale] };
  }
  if (reading.intent === 'unknown' && namesCustomer)
    return { ...reading, intent: 'log_visit', confidence: 0.9 };
  return reading;
}

/** 华为 投诉 设备故障: the complaint word after a leading customer, so the summary can drop both. */
function findComplaintWord(match: string, intent: Intent): Span | null {
  if (intent !== 'file_complaint') return null;
  const hit = /投诉|客诉|抱怨|\bcomplaints?\b|\bcomplain\b/i.exec(match);
  return hit ? { start: hit.index, end: hit.index + hit[0].length } : null;
}

function readStructuredFollowUp(value: { at: string; hasTime: boolean } | null) {
  return {
    followUpAt: value?.at ?? null,
    followUpHasTime: value?.hasTime ?? false,
    followUpUnreadable: value === null,
  };
}
