import { normalizeEmail } from '../import/normalize-email.ts';
import { normalizePhone } from '../import/normalize-phone.ts';

/**
 * The keys a contact is matched on (duplicate detection, import de-duplication), stored beside the
 * phone and email whenever a contact is written, so every path fills them the same way import does.
 */
export function contactMatchKeys(contact: { phone: string | null; email: string | null }): {
  normalizedPhone: string | null;
  normalizedEmail: string | null;
} {
  return {
    normalizedPhone: contact.phone ? normalizePhone(contact.phone) : null,
    normalizedEmail: contact.email ? normalizeEmail(contact.email) : null,
  };
}
