import { z } from 'zod';

const emailSchema = z.email();

/** The matching key of an email address: NFKC (full-width ＠), trimmed, lower case; null when it is not one. */
export function normalizeEmail(raw: string): string | null {
  const text = raw
    .normalize('NFKC')
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  return emailSchema.safeParse(text).success ? text : null;
}
