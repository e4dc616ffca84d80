import { detectIntent } from './detect-intent.ts';
import { detectLanguage } from './detect-language.ts';
import { detectVisitKind } from './detect-visit-kind.ts';
import { extractCompetitor } from './extract-competitor.ts';
import { extractComplaint } from './extract-complaint.ts';
import { extractCustomer } from './extract-customer.ts';
import { extractNotes } from './extract-notes.ts';
import { findChineseContacts, findNamedChineseContact } from './find-chinese-contact.ts';
import { findEnglishContact, findEnglishContactAfterVerb } from './find-english-contact.ts';
import { normalizeText } from './normalize-text.ts';
import type { Intent, ParseOptions, ParseResult } from './parse-result.ts';
import { readDates } from './read-dates.ts';
import { readStructuredFields } from './read-structured-fields.ts';
import { readStructuredInput } from './read-structured-input.ts';
import { resolveDates } from './resolve-dates.ts';
import { blankSpans, type Span } from './text-span.ts';
import { toZonedNow } from './zone-clock.ts';

// Which fields each intent fills; the rest stay null so a use case never acts on a stray guess.
const namesCustomer: Intent[] = ['log_visit', 'add_customer', 'find_customer', 'file_complaint'];
const namesContact: Intent[] = ['log_visit', 'add_customer', 'file_complaint'];
const hasNotes: Intent[] = ['log_visit', 'add_customer', 'file_complaint'];
// unknown keeps its follow-up date: readDateInput asks "下周三跟进" for one.
const hasFollowUp: Intent[] = [
  'log_visit',
  'add_customer',
  'file_complaint',
  'reschedule_followup',
  'unknown',
];

/**
 * The rule-based reading of one chat message: pure and deterministic, with the clock and zone passed
 * in. Rules run on a simplified, half-width copy; names and the summary come from what was typed.
 */
export function parseMessage(text: string, options: ParseOptions): ParseResult {
  const wallNow = toZonedNow(options.now, options.timeZone);
  const normalized = normalizeText(text);
  const language = detectLanguage(normalized.original, normalized.simplified);
  const fields = readStructuredInput(normalized.match);
  const structured = readStructuredFields(fields, normalized.original, normalized.match, wallNow);
  // Structured fields are blanked, not cut, so every offset still points into the original.
  const match = blankSpans(
    normalized.match,
    fields.map((field) => field.span),
  );
  const original = blankSpans(
    normalized.original,
    fields.map((field) => field.span),
  );
  const from = /^(?:\s*@\S+)*\s*/.exec(match)?.[0].length ?? 0;

  const reading = detectIntent(match, from);
  const intent: Intent = reading.intent === 'unknown' && structured.customer ? 'log_visit' : reading.intent;
  const mentions = readDates(match, wallNow);
  const contacts = [...findChineseContacts(match, original)];
  const namedContact = findNamedChineseContact(match, original) ?? findEnglishContact(match);
  if (namedContact) contacts.push(namedContact);
  const stops: Span[] = [...mentions, ...contacts.map((contact) => contact.span)];
  const customerSpan = namesCustomer.includes(intent)
    ? extractCustomer(match, intent, reading.command, from, stops)
    : null;
  const customer =
    structured.customer ??
    (customerSpan ? original.slice(customerSpan.start, customerSpan.end).trim() : null);
  const freeContact = contacts[0] ?? findEnglishContactAfterVerb(match, customer);
  const contact =
    structured.contact ?? (freeContact ? { name: freeContact.name, title: freeContact.title } : null);

  const dates = resolveDates(match, mentions, wallNow, {
    occurred: intent === 'log_visit',
    followUp: hasFollowUp.includes(intent),
    followUpFrom: reading.dateFrom,
  });
  const followUp = structured.followUp !== undefined ? structured.followUp : null;
  const notes = hasNotes.includes(intent)
    ? extractNotes({
        original,
        match,
        from,
        head: [reading.command?.span, customerSpan, findComplaintWord(match, intent)].filter(
          (span) => span !== undefined && span !== null,
        ),
        followUpClause: dates.followUpClause,
        language,
      })
    : { summary: null, needs: null, issues: null, nextStep: null };

  return {
    intent,
    customer: namesCustomer.includes(intent) ? customer : null,
    contact: namesContact.includes(intent) ? contact : null,
    occurredAt: structured.occurredAt ?? dates.occurredAt,
    followUpAt: structured.followUp !== undefined ? (followUp?.at ?? null) : dates.followUpAt,
    summary: structured.summary ?? notes.summary,
    competitor:
      intent === 'log_visit' || intent === 'add_customer'
        ? (structured.competitor ?? extractCompetitor(match, original, customerSpan))
        : null,
    complaint: intent === 'file_complaint' ? extractComplaint(match) : null,
    language,
    followUpHasTime: structured.followUp !== undefined ? (followUp?.hasTime ?? false) : dates.followUpHasTime,
    followUpUnreadable: structured.followUp !== undefined ? followUp === null : dates.followUpUnreadable,
    visitKind: intent === 'log_visit' ? detectVisitKind(match) : null,
    needs: notes.needs,
    issues: notes.issues,
    nextStep: notes.nextStep,
    range: intent === 'list_followups' ? (reading.range ?? 'all') : null,
    followUpRef: reading.followUpRef,
  };
}

/** 华为 投诉 设备故障: the complaint word after a leading customer, so the summary can drop both. */
function findComplaintWord(match: string, intent: Intent): Span | null {
  if (intent !== 'file_complaint') return null;
  const hit = /投诉|客诉|抱怨|\bcomplaints?\b|\bcomplain\b/i.exec(match);
  return hit ? { start: hit.index, end: hit.index + hit[0].length } : null;
}
