import { defaultPhoneRegion, findRegionOf, type PhoneRegion, phoneRegionRules } from './phone-regions.ts';

// Separators people type inside a number: spaces, dashes, dots, slashes and brackets around an area code.
const allowed = /^\+?[\d\s\-./()]+$/;
// An extension reaches the same switchboard, so it is not part of the matching key.
const extension = /\s*(?:转|分机|ext\.?|x)\s*(\d{1,6})$/i;
// Numbers dialled abroad: +, or the 00 that China, Hong Kong and most of the world dial before a
// country code (011 from North America).
const exitCode = (region: PhoneRegion) => (region === 'US' ? '011' : '00');

/**
 * A phone number in E.164 (+8613800138000), read in the workspace's region when it has no country
 * code: "138 0013 8000", "+86 138-0013-8000", "0086 13800138000" and "８６１３８００１３８０００" are one
 * number, and so are "020-8888 6666" and "+86 20 8888 6666". A number of a region in phoneRegions is
 * checked against that region's lengths; any other country's is kept when it has 8 to 15 digits.
 * Null when the text is not a phone number the region could dial (letters, a local number without its
 * area code, a digit too many or too few).
 */
export function normalizePhone(raw: string, region: PhoneRegion = defaultPhoneRegion): string | null {
  const text = raw.normalize('NFKC').trim().replace(extension, '');
  if (!allowed.test(text)) return null;
  // "+86 (0)20 …": the trunk 0 written in brackets after a country code is not dialled.
  const digits = text.replace(/\(0\)/, '').replace(/\D/g, '');
  if (text.startsWith('+')) return fromInternational(digits);
  if (digits.startsWith(exitCode(region))) return fromInternational(digits.slice(exitCode(region).length));
  const rule = phoneRegionRules[region];
  if (rule.bare.test(digits)) return `+${rule.countryCode}${digits}`;
  if (rule.trunk && digits.startsWith(rule.trunk)) {
    const nsn = digits.slice(rule.trunk.length);
    if (rule.afterTrunk?.test(nsn)) return `+${rule.countryCode}${nsn}`;
  }
  // 86 before a mainland mobile without the +, as contact cards exported from phones write it.
  if (region === 'CN' && /^861[3-9]\d{9}$/.test(digits)) return `+${digits}`;
  return null;
}

function fromInternational(digits: string): string | null {
  const known = findRegionOf(digits);
  if (!known) return digits.length >= 8 && digits.length <= 15 ? `+${digits}` : null;
  const rule = phoneRegionRules[known.region];
  let nsn = known.nsn;
  // "+86 020 8888 6666": a trunk written after the country code anyway.
  if (rule.trunk && nsn.startsWith(rule.trunk) && rule.afterTrunk?.test(nsn.slice(rule.trunk.length))) {
    nsn = nsn.slice(rule.trunk.length);
  }
  const valid = rule.bare.test(nsn) || (rule.afterTrunk?.test(nsn) ?? false);
  return valid ? `+${rule.countryCode}${nsn}` : null;
}

/**
 * A phone number as stored on a contact: E.164, with an extension kept after " ext. " (which
 * normalizePhone and isValidPhone read back) so "0755-8888 8888 转 123" loses nothing. Null when
 * normalizePhone cannot read it.
 */
export function toStoredPhone(raw: string, region: PhoneRegion = defaultPhoneRegion): string | null {
  const e164 = normalizePhone(raw, region);
  const ext = extension.exec(raw.normalize('NFKC').trim())?.[1];
  return e164 && ext ? `${e164} ext. ${ext}` : e164;
}
