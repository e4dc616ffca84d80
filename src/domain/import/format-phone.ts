import { type PhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { defaultPhoneRegion, type PhoneRegion } from './phone-regions.ts';

/**
 * A stored phone number as people write it: in the workspace region's national form when it is a
 * number of that region ("138 0013 8000", "020 8888 6666", "(415) 555-0101"), in international form
 * otherwise ("+86 20 8888 6666", "+44 20 7946 0958"). Text that is not E.164 (a number stored as typed
 * before numbers were normalised) is shown as it is.
 */
export function formatPhone(stored: string, region: PhoneRegion = defaultPhoneRegion): string {
  const [, digits, ext] = /^(\+\d{8,15})(?: ext\. (\d{1,6}))?$/.exec(stored) ?? [];
  if (!digits) return stored;
  const number = parsePhoneNumberFromString(digits);
  if (!number?.isValid()) return stored;
  // 转 is how Chinese numbers write an extension; elsewhere "ext.".
  const suffix = ext ? (['CN', 'TW', 'HK', 'MO'].includes(region) ? ` 转 ${ext}` : ` ext. ${ext}`) : '';
  const shown = number.country === region ? writeLocally(number) : number.formatInternational();
  return shown + suffix;
}

// libphonenumber spaces every group; in mainland China and Taiwan a landline is written with a dash
// after the area code (020-8888 6666) and a 400/800 service number with dashes throughout.
function writeLocally(number: PhoneNumber): string {
  const national = number.formatNational();
  if (number.country !== 'CN' && number.country !== 'TW') return national;
  const type = number.getType();
  if (type === 'FIXED_LINE') return national.replace(' ', '-');
  if (type === 'TOLL_FREE' || type === 'SHARED_COST') return national.replaceAll(' ', '-');
  return national;
}
