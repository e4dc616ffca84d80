import { parseCompanyName } from './parse-company-name.ts';

/**
 * The key two spellings of one company share: 台積電股份有限公司, 台积电有限公司 and 台积电 all give 台积电;
 * "ACME Co., Ltd." and "Acme Corp" give acme. Stored next to each customer and compared with ===.
 *
 * What it does, in order:
 * - NFKC (full-width ＡＢＣ１２３, full-width space and punctuation → ASCII), lower case, Latin accents dropped.
 * - Traditional → simplified (generic, Taiwan and Hong Kong forms).
 * - Brackets holding only a place, a country or a legal-form word go: (中国), （上海）, (集团), (China).
 *   Other brackets keep their text. Then every space and punctuation mark goes (&, ·, dots, hyphens).
 * - Legal forms come off the end, repeatedly: 股份有限公司, 有限责任公司, 有限公司, 股份公司, 公司, 集团, 控股,
 *   总公司, 有限合伙, 株式会社; co, company, corp(oration), inc(orporated), llc, llp, lp, ltd, limited, plc,
 *   gmbh, kg, ag, s.a., n.v., b.v., pte, pty, group, holding(s), "& co", "and co". A leading "the" goes.
 *   Kept: 科技, 技术 and other industry words (they are part of brands), and 分公司 (a branch is its own
 *   customer).
 * - Leading provinces, municipalities and ~50 large cities come off (广东省, 深圳市, 北京 …), only while at
 *   least two characters remain. This makes 青岛啤酒 and 重庆啤酒 both 啤酒: rankCustomerMatches compares
 *   the places (parseCompanyName().regions) before it trusts such a match.
 *
 * Never '' for a name with letters, digits or CJK: nothing is stripped that would leave the key empty.
 * Idempotent: normalizeName(normalizeName(x)) === normalizeName(x).
 */
export function normalizeName(name: string): string {
  return parseCompanyName(name).key;
}
