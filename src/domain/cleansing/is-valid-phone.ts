import { readPhone } from '../import/normalize-phone.ts';
import { defaultPhoneRegion, type PhoneRegion } from '../import/phone-regions.ts';

/**
 * Whether a phone number can be dialled as written from the workspace's region: a number of that region
 * (with or without its trunk prefix), or any country's with + or the international prefix. Spaces,
 * dashes, dots and brackets are ignored; an extension may follow "转" or "ext". Anything else (letters,
 * a local number without its area code, a digit too many, a range no carrier uses) is malformed.
 */
export function isValidPhone(phone: string, region: PhoneRegion = defaultPhoneRegion): boolean {
  return readPhone(phone, region).kind === 'valid';
}
