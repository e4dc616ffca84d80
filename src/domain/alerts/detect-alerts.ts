import { toSimplified } from '../customers/to-simplified.ts';

/** What a 走访应急报告 (visit alert) is about. */
export const alertKinds = [
  'competitor_product',
  'competitor_pricing',
  'competitor_sales',
  'product_problem',
] as const;
export type AlertKind = (typeof alertKinds)[number];

export interface AlertFinding {
  kind: AlertKind;
  /** The clause that triggered it, as written. */
  excerpt: string;
}

const competitor =
  /竞品|竞争对手|竞对|友商|对手|同行|\bcompetitors?\b|\bcompetition\b|\brivals?\b|\bSalesforce\b|\bHubSpot\b|纷享销客|销售易|金蝶|用友/i;

// A competitor is needed for the first three; a serious product problem stands alone.
const rules: { kind: AlertKind; needsCompetitor: boolean; pattern: RegExp }[] = [
  {
    kind: 'competitor_product',
    needsCompetitor: true,
    pattern:
      /新产品|新品|新版本|新功能|发布了|推出了?|上线了?|\bnew (?:product|version|feature|model|release)s?\b|\blaunch(?:ed|es|ing)?\b|\breleas(?:ed|es|ing)\b|\bannounced\b/i,
  },
  {
    kind: 'competitor_pricing',
    needsCompetitor: true,
    pattern:
      /降价|涨价|调价|价格战|打折|折扣|低价|报价更低|便宜|返点|返利|优惠|账期|免费试用|\bprice (?:cut|drop|war|increase)s?\b|\bcut (?:their |its )?prices?\b|\b(?:lower|cheaper|undercut)\w*\b|\bdiscount\w*\b|\brebates?\b|\bpayment terms\b|\bfree trial\b|\bpricing\b/i,
  },
  {
    kind: 'competitor_sales',
    needsCompetitor: true,
    pattern:
      /挖人|挖角|驻场|上门服务|新团队|新渠道|代理商|渠道政策|销售政策|促销|买断|抢单|大客户部|免费(?:实施|培训|服务)|\bpoach\w*\b|\bnew (?:team|channel|partner|reseller)s?\b|\bon-?site\b|\bsales (?:policy|push|campaign)\b|\bpromotion\w*\b|\bbundl\w+\b|\bfree (?:service|implementation|training)\b/i,
  },
  {
    kind: 'product_problem',
    needsCompetitor: false,
    pattern:
      /宕机|死机|崩溃|数据丢失|丢数据|严重(?:故障|问题|缺陷|bug)|重大(?:故障|问题|事故)|安全漏洞|大面积|停产|召回|全部瘫痪|要退货|要求退款|\b(?:outage|crash\w*|data loss|lost data|security (?:hole|breach|issue)|recall\w*|down for (?:hours|days))\b|\bserious (?:problem|issue|bug|defect|fault)s?\b|\bcritical (?:bug|issue|problem)s?\b/i,
  },
];

// A clause that denies the news (没有新品, no price change) alerts nobody.
const negation =
  /没有|没什么|无新|并未|未见|不会|暂无|尚未|没再|没听说|没变|不变|未变|\bno\b|\bnot\b|\bnothing\b|\bnone\b|\bwithout\b|\bnever\b|\bunchanged\b|n't\b/i;

/**
 * Reads a visit's text for competitor moves and serious product problems, clause by clause, in
 * Chinese and English. A clause may lean on an earlier one of the same sentence for the competitor
 * ("竞品来了，他们降价 20%"); a clause that denies the news (竞品没有新品) alerts nobody.
 */
export function detectAlerts(text: string): AlertFinding[] {
  const found = new Map<AlertKind, AlertFinding>();
  for (const sentence of text.split(/[。；;!！?？\n]+|(?<=\D)\.(?=\s|$)/)) {
    let competitorSeen = false;
    for (const raw of sentence.split(/[,，、]/)) {
      const clause = toSimplified(raw.trim());
      if (clause === '') continue;
      competitorSeen ||= competitor.test(clause);
      if (negation.test(clause)) continue;
      for (const rule of rules) {
        if (found.has(rule.kind) || (rule.needsCompetitor && !competitorSeen)) continue;
        if (rule.pattern.test(clause)) found.set(rule.kind, { kind: rule.kind, excerpt: sentence.trim() });
      }
    }
  }
  return [...found.values()];
}
