import { normalizeEmail } from '../import/normalize-email.ts';
import { normalizePhone } from '../import/normalize-phone.ts';
import { defaultPhoneRegion, type PhoneRegion } from '../import/phone-regions.ts';

/**
 * The keys a contact is matched on (duplicate detection, import de-duplication), stored beside the
 * phone and email whenever a contact is written, so every path fills them the same way import does.
 * The phone key is E.164 read in the workspace's region. Keys stored before that were digits only
 * (see legacyPhoneKeys): compare on keys computed here from the phone, not on the stored column.
 */
export function contactMatchKeys(
  contact: { phone: string | null; email: string | null },
  region: PhoneRegion = defaultPhoneRegion,
): {
  normalizedPhone: string | null;
  normalizedEmail: string | null;
} {
  return {
    normalizedPhone: contact.phone ? normalizePhone(contact.phone, region) : null,
    normalizedEmail: contact.email ? normalizeEmail(contact.email) : null,
  };
}
