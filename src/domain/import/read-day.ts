/**
 * A calendar day as YYYY-MM-DD from 2026-11-23, 2026/11/23, 2026.11.23, 2026年11月23日 or 20261123, or
 * null when the text is not a real day. Spreadsheet dates reach here already as YYYY-MM-DD.
 */
export function readDay(text: string): string | null {
  const cleaned = text.normalize('NFKC').trim();
  const match =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T\s].*)?$/.exec(cleaned) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(cleaned);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
