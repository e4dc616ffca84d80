/**
 * Whether a phone number can be dialled as written. Accepted: international numbers with a + and
 * 8 to 15 digits (E.164), Chinese mobiles (1[3-9] and 9 more digits, optionally after 86), and numbers
 * with a trunk 0 and an area code (010-12345678, 0755 8888 8888, Taiwan's 0912345678). Spaces, dashes,
 * dots and brackets are ignored; an extension may follow "转" or "ext". Anything else (letters, a local
 * number without its area code, a digit too many) is malformed.
 */
export function isValidPhone(phone: string): boolean {
  const main = phone
    .trim()
    .replace(/\s*(?:转|分机|ext\.?|x)\s*\d{1,6}$/i, '')
    .replace(/[\s\-.()（）]/g, '');
  if (/^\+\d{8,15}$/.test(main)) return true;
  if (/^(?:\+?86)?1[3-9]\d{9}$/.test(main)) return true;
  return /^0\d{9,11}$/.test(main);
}
