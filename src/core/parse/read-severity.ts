import type { Severity } from './parse-result.ts';

// Urgent: work has stopped (整条线停了, 工人都在等着), or the words say it cannot wait at all.
const urgentWords =
  /特别紧急|非常紧急|十分紧急|万分紧急|特急|十万火急|火烧眉毛|停产|停线|停工|停机|宕机|瘫痪|停摆|(?:产线|生产线|流水线|生产|车间|工厂|线上|系统|网站|服务器|业务|门店|仓库|收银|交易|支付|下单|(?:整|几|两|一)条线|整个厂)(?:昨晚|昨天|今天|今早|早上|上午|下午|晚上|刚才|刚刚|已经|又|都|全|全部|整个)*(?:停了|停下来|挂了|崩了|趴了|瘫了|中断了?)|全停了|(?:工人|员工|人员|车辆|货车|客人)(?:都|全)?(?:进不去|进不来|出不来|出不去)|全部?(?:失灵|瘫了)|(?:现场|客户|工人|他们)(?:已经|完全|根本|都)*(?:没法|无法|不能)(?:用|使用|工作|作业|干活|生产)|(?:已经|严重)?(?:影响|耽误)(?:到)?了?(?:生产|出货|开工)|(?:工人|产线|车间|全厂|整个厂|一线)(?:都|全)?(?:在)?(?:等着|干等|停工待)|\bcritical\b|\bemergency\b|\boutages?\b|\bp0\b|\bsev ?1\b|\b(?:production|line|plant|factory|site|system|server|servers|app|platform|website|portal|api|service|network|erp|mes|database|everything|robot|machine|device|scanner|terminal)s?(?: #?\d{1,3})? (?:is |are |has |have |went |goes |has been |have been )?(?:completely |totally |all )?(?:down|stopped|halted|offline)\b|\bdown for (?:everyone|all)\b|\blosing (?:orders|money|revenue|sales|customers|data)\b|\b(?:payments?|orders?|shipments?|production|operations|transactions|deliveries)\s+(?:is |are )?(?:all )?(?:stuck|blocked|frozen|halted)\b/gi;
// High: someone is in a hurry, angry (火大, 😡), or wants an answer today (今天务必给个说法, need an answer today).
const highWords =
  /紧急|加急|急死|着急|很急|挺急|特别急|非常急|比较急|有点急|急着|急需|急用|急|(?:今天|今日|今晚|当天|下班前)[^，,。;；!！?？空不]{0,8}?(?:答复|回复|说法|交代|解决|处理|搞定|回话|修好)|今天之内|火大|冒火|(?:很|非常|特别|超|极其)不爽|气炸|气死|暴怒|大发雷霆|😡|🤬|马上|立刻|立即|尽快|赶紧|抓紧|越快越好|催|发火|很生气|恼火|(?:很|挺|非常|特别|比较|相当|太)严重|严重影响|压力(?:很|非常|特别|山)大|(?:用户|客户|终端)投诉(?:很多|不断|一大堆|不少)|\bserious(?:ly)?\b|\bsevere(?:ly)?\b|\bfurious\b|\b(?:really|very|so|super|extremely|quite|getting) (?:frustrated|annoyed|unhappy|mad)\b|\bangry\b|\bpissed(?: off)?\b|\bfuming\b|\bupset\b|\blivid\b|\bescalat\w*|\bthreaten\w*|\basap\b|\burgent(?:ly)?\b|\bhigh priority\b|\bright away\b|\bimmediately\b|\bas soon as possible\b|\bby (?:today|eod|end of day|tonight)\b|\b(?:answer|response|reply|fix|resolution|solution|update)s? (?:by |before )?(?:today|tonight|eod|end of day)\b|\b(?:fixed|resolved|sorted|solved|answered|back to them) (?:by |before )?(?:today|tonight|eod|end of day)\b|\bneeds? (?:someone|somebody|a fix|an answer|help|us|a tech|a technician|an engineer)(?: on (?:it|site|this))?(?: onsite| on-site| out there| there)? (?:by |before )?(?:today|tonight|eod|now|right now)\b/gi;
// Low: said outright to be able to wait.
const lowWords =
  /不急|不着急|不紧急|不赶|不用急|别急|不必着急|慢慢来|有空|有时间再|方便(?:的)?时候|\bno rush\b|\bno hurry\b|\bnot urgent\b|\blow priority\b|\bwhenever\b|\bwhen you (?:get a chance|can|have time)\b|\bnot a priority\b|\b(?:not a|no) big deal\b|\bminor\b|不是大事|小问题|不要紧|问题不大|下次注意|不影响(?:使用|生产|业务|正常使用|工作)|注意(?:一下)?就(?:行|好|可以)/i;
// Words that cancel an urgency word right after them: 不是很急, 并不紧急, not that urgent, isn't critical.
const negation =
  /(?:不是|并不|并非|没有?|不算|不太|无需|不用|不必|不会|别|不)(?:很|太|那么|这么|特别|非常|十分|多|算)?$|\b(?:not|isn'?t|aren'?t|wasn'?t|no|never|nothing)\s+(?:very |that |so |too |super |really |all that |particularly )?$/i;
// Urgency words whose negation says "it can wait" (不是很急 is low); a negated fact (不会停产) says nothing.
// A "but" after the waved-off urgency takes some of it back.
const butAfterNegation =
  /(?:不是|并不|不太|不算|\bnot\b|\bisn'?t\b)[^。.!！]*?(?:但是?|不过|可是|只是|\bbut\b)/i;
const urgencyWord = /急|紧急|\burgent\b|\bcritical\b|\bemergency\b|\basap\b/i;

/**
 * Severity from the words people use: urgent when work has stopped (停产, 产线停了, production down,
 * outage) or for 特别紧急; high for 很急, 挺急的, 今天给答复, 尽快, furious, escalating, asap; low for
 * 不急, no rush; normal otherwise. A negated word counts as its opposite only when it is about urgency.
 */
export function readSeverity(text: string): Severity {
  const urgent = findUnnegated(text, urgentWords);
  if (urgent.found) return 'urgent';
  const high = findUnnegated(text, highWords);
  if (high.found) return 'high';
  if (lowWords.test(text)) return 'low';
  // 不是很急，但这周要答复 / "not super urgent but they want an answer this week": it can wait a little.
  const negated = urgent.negatedUrgency || high.negatedUrgency;
  return negated && !butAfterNegation.test(text) ? 'low' : 'normal';
}

function findUnnegated(text: string, words: RegExp): { found: boolean; negatedUrgency: boolean } {
  let negatedUrgency = false;
  for (const hit of text.matchAll(words)) {
    const before = text.slice(Math.max(0, hit.index - 12), hit.index);
    if (!negation.test(before)) return { found: true, negatedUrgency };
    if (urgencyWord.test(hit[0])) negatedUrgency = true;
  }
  return { found: false, negatedUrgency };
}
