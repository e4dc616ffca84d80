import type { ComplaintCategory, Severity } from './parse-result.ts';

const categoryWords: [ComplaintCategory, RegExp][] = [
  [
    'quality',
    /质量|故障|坏了|损坏|次品|瑕疵|缺陷|不合格|破损|\bdefect|\bbroken\b|\bfaulty\b|\bquality\b|\bmalfunction/i,
  ],
  ['delivery', /发货|物流|延迟|到货|送货|交货|交付|快递|配送|\bdeliver|\blate\b|\bshipping\b|\bshipment\b/i],
  ['service', /态度|服务|客服|不理|没人理|\brude\b|\bservice\b|\bsupport\b|\bunresponsive\b/i],
  [
    'billing',
    /发票|价格|多收|扣款|退款|收费|账单|\binvoice|\bbilling\b|\bbill\b|\bovercharg|\brefund|\bcharged\b/i,
  ],
];

// Checked in order: urgent words contain 紧急, and 不急 / not urgent contain the high ones.
const severityWords: [Severity, RegExp][] = [
  [
    'urgent',
    /特别紧急|非常紧急|十分紧急|万分紧急|十万火急|停产|停线|停工|停机|\bcritical\b|\bemergency\b|\bproduction (?:is )?down\b|\basap\b|\bp0\b/i,
  ],
  ['low', /不急|不着急|不紧急|有空|不赶|\blow priority\b|\bwhenever\b|\bno rush\b|\bnot urgent\b/i],
  ['high', /紧急|急|\burgent\b|\bhigh priority\b/i],
];

/**
 * Category and severity of a complaint. When several categories are named the earliest wins
 * (发货延迟导致设备损坏 is about delivery). 很紧急 / urgent is high, not urgent: urgent needs a stronger
 * word or a stopped line (特别紧急, 停产, production down), as the product asks.
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
  const severity = severityWords.find(([, pattern]) => pattern.test(text))?.[0] ?? 'normal';
  return { category, severity };
}
