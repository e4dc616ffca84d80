/**
 * Why a customer is flagged bad (不良客户): no business for a year (set nightly), arrears over a year
 * (set nightly from receivables, or by a person whose note speaks of unpaid money), or a manual mark.
 */
export const badReasons = ['no_business', 'arrears', 'manual'] as const;
export type BadReason = (typeof badReasons)[number];

const arrearsWords =
  /欠款|欠费|拖欠|欠账|赖账|不付款|不回款|未回款|回款难|\barrears\b|\bnever pays\b|\bunpaid\b|\bdoes not pay\b|\bdoesn't pay\b|\bowes\b|\boverdue (?:invoices?|payments?)\b/i;

/** A manual flag whose note speaks of unpaid money is an arrears flag; anything else is manual. */
export function classifyBadNote(note: string): Exclude<BadReason, 'no_business'> {
  return arrearsWords.test(note) ? 'arrears' : 'manual';
}

/** Customer.badReason holds the reason code and the note: "arrears: 长期欠款". */
export function encodeBadReason(reason: BadReason, note: string | null): string {
  return note ? `${reason}: ${note}` : reason;
}

export function decodeBadReason(stored: string | null): { reason: BadReason; note: string | null } | null {
  if (!stored) return null;
  const at = stored.indexOf(':');
  const code = (at < 0 ? stored : stored.slice(0, at)).trim();
  const note = at < 0 ? null : stored.slice(at + 1).trim() || null;
  const reason = (badReasons as readonly string[]).includes(code) ? (code as BadReason) : 'manual';
  return { reason, note: reason === 'manual' && code !== 'manual' ? stored : note };
}

/** How a view marks a customer flagged bad: the stored reason. Absent (null) when it is not flagged. */
export type BadMark = { reason: string | null };

/** The bad mark of a customer row, for the views that list customers. */
export function badMarkOf(row: { status: string; badReason: string | null }): BadMark | null {
  return row.status === 'bad' ? { reason: row.badReason } : null;
}
