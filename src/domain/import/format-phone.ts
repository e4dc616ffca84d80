import { defaultPhoneRegion, findRegionOf, type PhoneRegion, phoneRegionRules } from './phone-regions.ts';

/**
 * A stored phone number as people write it: in the workspace region's own form when it is a number of
 * that region ("138 0013 8000", "020-8888 6666", "0912 345 678"), in international form otherwise
 * ("+86 20 8888 6666", "+1 415 555 0100"). Text that is not E.164 (a number stored as typed before
 * numbers were normalised) is shown as it is.
 */
export function formatPhone(stored: string, region: PhoneRegion = defaultPhoneRegion): string {
  const [, number, ext] = /^(\+\d{8,15})(?: ext\. (\d{1,6}))?$/.exec(stored) ?? [];
  if (!number) return stored;
  // 转 is how Chinese numbers write an extension; elsewhere "ext.".
  const suffix = ext ? (['CN', 'TW', 'HK', 'MO'].includes(region) ? ` 转 ${ext}` : ` ext. ${ext}`) : '';
  return formatNumber(number, region) + suffix;
}

function formatNumber(stored: string, region: PhoneRegion): string {
  const known = findRegionOf(stored.slice(1));
  if (!known) return stored;
  const rule = phoneRegionRules[known.region];
  const valid = rule.bare.test(known.nsn) || (rule.afterTrunk?.test(known.nsn) ?? false);
  if (!valid) return stored;
  const groups = rule.groups(known.nsn);
  return known.region === region ? groups.local : `+${rule.countryCode} ${groups.international}`;
}
