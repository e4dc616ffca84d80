import { findRegionOf, phoneRegionRules } from './phone-regions.ts';

/**
 * The matching keys a contact saved before phones were stored in E.164 may carry for this number: the
 * digits as typed, with China's +86 / 0086 taken off and the trunk 0 kept when it was typed
 * ("13800138000", "02088886666", "2088886666", "14155550100"). Lookups ask for these too, then read
 * the contact's own phone again, so old rows keep matching without a data migration.
 */
export function legacyPhoneKeys(e164: string): string[] {
  const digits = e164.replace(/^\+/, '');
  const known = findRegionOf(digits);
  if (!known) return [digits];
  const { trunk } = phoneRegionRules[known.region];
  return [...new Set([digits, known.nsn, ...(trunk ? [trunk + known.nsn] : [])])];
}
