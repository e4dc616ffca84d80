// Currency marks and words that may stand around an amount: ¥1,200.50, 1200元, RMB 1200, $1,200.
const currency = /[¥$€£]|人民币|元|rmb|cny|usd/gi;
const multipliers: Record<string, number> = { 万: 10_000, 亿: 100_000_000, k: 1000, m: 1_000_000 };

/**
 * An amount in cents (integer), or null when the text is not an amount. Reads thousands separators,
 * full-width digits and a 万 / 亿 / k / m suffix; `inTenThousands` for a column headed 销售额（万元）.
 * Negative amounts are refunds, not sales, and are refused.
 */
export function readAmountCents(text: string, inTenThousands = false): number | null {
  const cleaned = text.normalize('NFKC').replace(currency, '').replace(/[,\s]/g, '').toLowerCase();
  const match = /^(\d+(?:\.\d+)?)(万|亿|k|m)?$/.exec(cleaned);
  if (!match) return null;
  const unit = (match[2] ? multipliers[match[2]]! : 1) * (inTenThousands ? 10_000 : 1);
  return Math.round(Number(match[1]) * unit * 100);
}
