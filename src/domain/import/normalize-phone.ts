// Separators people type inside a number: spaces, dashes, dots, slashes and brackets around an area code.
const allowed = /^\+?[\d\s\-./()]+$/;
// An extension reaches the same switchboard, so it is not part of the matching key.
const extension = /\s*(?:转|分机|ext\.?|x)\s*\d{1,6}$/i;

/**
 * The matching key of a phone number: digits only, with China's country code (+86, 0086, 86 before a
 * mobile number) taken off, so "+86 138-0013-8000", "８６１３８００１３８０００" and "13800138000" agree.
 * Other country codes stay, so +1 415 555 0100 keeps its 1. Null when the text is not a phone number
 * (letters, too few or too many digits). Whether it can be dialled is isValidPhone's question.
 */
export function normalizePhone(raw: string): string | null {
  const text = raw.normalize('NFKC').trim().replace(extension, '');
  if (!allowed.test(text)) return null;
  let digits = text.replace(/\D/g, '');
  if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (text.startsWith('+86')) digits = digits.slice(2);
  // Without a plus, 86 counts as the country code only before an 11-digit mobile number (1xx…).
  else if (!text.startsWith('+') && /^861\d{10}$/.test(digits)) digits = digits.slice(2);
  // E.164 allows 15 digits; seven is the shortest local number worth matching on.
  return digits.length >= 7 && digits.length <= 15 ? digits : null;
}
