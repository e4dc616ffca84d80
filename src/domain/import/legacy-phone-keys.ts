import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

// The countries older versions read without a country code, with the trunk prefix kept in a key when it
// was typed (null: the country has none).
const legacyTrunks: Record<string, string | null> = {
  '86': '0',
  '852': null,
  '853': null,
  '886': '0',
  '65': null,
  '1': '1',
};

/**
 * The matching keys a contact saved before phones were stored in E.164 may carry for this number: the
 * digits as typed, with China's +86 / 0086 taken off and the trunk 0 kept when it was typed
 * ("13800138000", "02088886666", "2088886666", "14155550100"). Lookups ask for these too, then read
 * the contact's own phone again, so old rows keep matching without a data migration.
 */
export function legacyPhoneKeys(e164: string): string[] {
  const digits = e164.replace(/^\+/, '');
  const number = parsePhoneNumberFromString(e164);
  const code = number?.countryCallingCode;
  if (!number || !code || !(code in legacyTrunks)) return [digits];
  const nsn = number.nationalNumber;
  const trunk = legacyTrunks[code];
  return [...new Set([digits, nsn, ...(trunk ? [trunk + nsn] : [])])];
}
