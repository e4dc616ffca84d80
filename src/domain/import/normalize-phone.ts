import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max';
import { defaultPhoneRegion, type PhoneRegion } from './phone-regions.ts';

// Separators people type inside a number: spaces, dashes, dots, slashes and brackets around an area code.
// Checked before libphonenumber, which would otherwise read digits out of text such as "138-0013-800x".
const allowed = /^\+?[\d\s\-./()]+$/;
// An extension reaches the same switchboard, so it is not part of the matching key.
const extension = /\s*(?:转|分机|ext\.?|x)\s*(\d{1,6})$/i;

/** Why a text is not a phone number of the region: what the person should fix. */
export type PhoneProblem = 'not_a_number' | 'too_short' | 'too_long' | 'not_in_region';

export type PhoneReading =
  | { kind: 'valid'; e164: string; ext: string | null }
  | { kind: 'invalid'; problem: PhoneProblem };

/**
 * Reads a phone number the way the workspace's region dials it (libphonenumber's full metadata): with
 * + or the region's international prefix (00, 011 in North America) it is that country's number,
 * otherwise the region's own. "138 0013 8000", "+86 138-0013-8000" and "0086 13800138000" are one number
 * in CN, "(415) 555-0101" is +14155550101 in US.
 */
export function readPhone(raw: string, region: PhoneRegion = defaultPhoneRegion): PhoneReading {
  const text = raw.normalize('NFKC').trim();
  const ext = extension.exec(text)?.[1] ?? null;
  const main = text.replace(extension, '');
  if (!allowed.test(main) || !/\d/.test(main)) return { kind: 'invalid', problem: 'not_a_number' };
  const length = validatePhoneNumberLength(main, region);
  if (length === 'TOO_SHORT' || length === 'INVALID_LENGTH') return { kind: 'invalid', problem: 'too_short' };
  if (length === 'TOO_LONG') return { kind: 'invalid', problem: 'too_long' };
  if (length === 'NOT_A_NUMBER' || length === 'INVALID_COUNTRY')
    return { kind: 'invalid', problem: 'not_a_number' };
  const number = parsePhoneNumberFromString(main, region);
  if (!number?.isValid()) return { kind: 'invalid', problem: 'not_in_region' };
  return { kind: 'valid', e164: number.number, ext };
}

/** A phone number in E.164 (+8613800138000) read in the workspace's region; null when it is not one. */
export function normalizePhone(raw: string, region: PhoneRegion = defaultPhoneRegion): string | null {
  const reading = readPhone(raw, region);
  return reading.kind === 'valid' ? reading.e164 : null;
}

/**
 * A phone number as stored on a contact: E.164, with an extension kept after " ext. " (which
 * readPhone reads back) so "0755-8888 8888 转 123" loses nothing. Null when it is not a number.
 */
export function toStoredPhone(raw: string, region: PhoneRegion = defaultPhoneRegion): string | null {
  const reading = readPhone(raw, region);
  if (reading.kind === 'invalid') return null;
  return reading.ext ? `${reading.e164} ext. ${reading.ext}` : reading.e164;
}
