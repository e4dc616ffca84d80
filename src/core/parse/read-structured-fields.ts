import type { DateTime } from 'luxon';
import { findChineseContacts } from './find-chinese-contact.ts';
import { findEnglishContact } from './find-english-contact.ts';
import { placeFollowUp, placeOccurrence } from './place-date-mention.ts';
import { readDates } from './read-dates.ts';
import type { StructuredField } from './read-structured-input.ts';

export interface StructuredValues {
  customer: string | null;
  contact: { name: string; title: string | null } | null;
  /** undefined when no follow-up key was given; null when one was given but could not be read. */
  followUp?: { at: string; hasTime: boolean } | null;
  occurredAt: string | null;
  summary: string | null;
  competitor: string | null;
}

/** Turns structured fields into result values; the first of a repeated key wins. */
export function readStructuredFields(
  fields: StructuredField[],
  original: string,
  match: string,
  wallNow: DateTime,
): StructuredValues {
  const values: StructuredValues = {
    customer: null,
    contact: null,
    occurredAt: null,
    summary: null,
    competitor: null,
  };
  for (const field of [...fields].reverse()) {
    const shown = original.slice(field.value.start, field.value.end).trim();
    const read = match.slice(field.value.start, field.value.end).trim();
    if (field.key === 'customer') values.customer = shown;
    if (field.key === 'summary') values.summary = shown;
    if (field.key === 'competitor') values.competitor = shown;
    if (field.key === 'contact') values.contact = readContact(read, shown);
    if (field.key === 'followUp') {
      const mention = readDates(read, wallNow)[0];
      const placed = mention ? placeFollowUp(mention, wallNow) : null;
      const at = placed?.at.toISO();
      values.followUp = placed && at ? { at, hasTime: placed.hasTime } : null;
    }
    if (field.key === 'date') {
      const mention = readDates(read, wallNow)[0];
      values.occurredAt = (mention && placeOccurrence(mention, wallNow)?.toISO()) || null;
    }
  }
  return values;
}

/** 李经理 → {李经理, 经理}; "CTO Zhang" → {Zhang, CTO}; anything else is a name with no title. */
function readContact(read: string, shown: string): { name: string; title: string | null } {
  const chinese = findChineseContacts(read, shown)[0];
  if (chinese && chinese.span.start === 0 && chinese.span.end === read.length)
    return { name: chinese.name, title: chinese.title };
  const english = findEnglishContact(read);
  return english ? { name: english.name, title: english.title } : { name: shown, title: null };
}
