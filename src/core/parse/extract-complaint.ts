import type { ComplaintCategory, Severity } from './parse-result.ts';
import { readSeverity } from './read-severity.ts';

const categoryWords: [ComplaintCategory, RegExp][] = [
  [
    'quality',
    /质量|故障|坏了|划痕|刮花|磕碰|凹陷|裂纹|开裂|毛刺|污渍|生锈|锈迹|色差|偏色|褪色|掉漆|坏点|异味|松动|不良|噪音|错别字|错字|乱码|\bscratch|\bdent(?:s|ed)?\b|\bcrack|\btypo|\bdead pixel|\bmisprint|损坏|次品|瑕疵|缺陷|不合格|破损|卡顿|卡死|死机|当机|崩溃|闪退|宕机|报错|异响|漏水|\bbug|\bdefect|\bbroken\b|\bfaulty\b|\bquality\b|\bmalfunction|\bcrash|\bkeeps? crashing\b/i,
  ],
  [
    'delivery',
    /发货|物流|延迟|到货|送货|交货|交付|快递|配送|漏发|少发|发错|错发|没到|还没到|晚了|到晚|短少|少送|漏送|送错|\bshort\b|\b(?:days?|weeks?) late\b|\bdelayed\b|\bdeliver|\blate\b|\bshipping\b|\bshipment\b|\bnever arrived\b/i,
  ],
  [
    'service',
    /态度|服务|客服|不理|没人理|迟到|爽约|打不通|不专业|敷衍|工程师|师傅|讲师|\bnever calls? back\b|\bcrew\b|\bno-?show\b|\brude\b|\bservice\b|\bsupport\b|\bunresponsive\b/i,
  ],
  [
    'billing',
    /发票|价格|多收|扣款|退款|收费|账单|对账|金额|多扣|少开|\boverbill|\binvoice|\bbilling\b|\bbill\b|\bovercharg|\brefund|\bcharged\b/i,
  ],
];

/**
 * Category and severity of a complaint. When several categories are named the earliest wins
 * (发货延迟导致设备损坏 is about delivery). Severity is read by readSeverity: 很紧急 / urgent is high,
 * urgent needs a stronger word or a stopped line (特别紧急, 停产, production down).
 */
export function extractComplaint(text: string): { category: ComplaintCategory; severity: Severity } {
  let category: ComplaintCategory = 'other';
  let earliest = Number.POSITIVE_INFINITY;
  for (const [name, pattern] of categoryWords) {
    const at = text.search(pattern);
    if (at >= 0 && at < earliest) {
      category = name;
      earliest = at;
    }
  }
  return { category, severity: readSeverity(text) };
}
