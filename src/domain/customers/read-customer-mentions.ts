import { toScanText } from './customer-name-forms.ts';
import type { NameHit, NameIndex } from './name-index.ts';

/** A place in a message that names a known customer, after context has been weighed. */
export interface CustomerMention {
  start: number;
  end: number;
  /** The customers this span may mean, best first; more than one when the name is shared. */
  customerIds: number[];
  /** Named as a competitor (竞品海尔给了九折, "Globex undercut us"): not who the message is about. */
  competitor: boolean;
  /** Matched by the full name or an alias rather than a short form. */
  exact: boolean;
}

// A legal-form word right after a name makes it a company for certain: 美的集团, 平安公司.
const legalTail =
  /^(?:股份有限公司|有限责任公司|有限公司|股份公司|集团|公司|控股|总部|分公司|\s+(?:corp(?:oration)?|co|inc|ltd|llc|group|company)\b\.?)/;

// What around an everyday word (美的, 平安, 理想, umbrella) makes it the customer. Before: going, meeting,
// calling, a customer word. After: a place, a person there, its business, a question about it.
const contextBefore =
  /(?:(?:去|到)了?(?:一趟|一下|趟)?|(?:拜访|走访|见|联系|找|约|问)了?(?:一)?下|在|和|跟|与|同|给|见了?|拜访了?|走访了?|约了?|联系了?|找了?|陪|客户|致电|打给|问问|帮|关于|投诉|签了?|\bwith|\bw\/?|\bat|\bvisit(?:ed|ing)?|\bmet|\bmeet|\bcall(?:ed)?|\bfor|\bfrom|\bto|\babout|\bre:?|\bon|\bcustomer|\bclient|\bpull(?:\s+up)?|\blook\s+up|\bshow(?:\s+me)?|\bopen|\bfind|\bcheck(?:\s+on)?|\bnews|\bupdate|\bstatus)\s*$/;
const contextAfter =
  /^\s*(?:说|反映|反馈|来(?:公司|我们|了)|开了|开会|吃了?饭|吃|喝|下了?单|打款|付了|今天|昨天|上午|下午|又|也说|那边|这边|那儿|那里|方面|是几级|的跟进|的拜访|的联系人|的详细|整条|(?:那个|这个)(?:单子?|项目|合同|订单|报价|case)|的[^，。,\s]{0,6}(?:项目|系统|订单|合同)|的(?:[老小][\u4e00-\u9fa5]|\S{1,2}(?:总|工|经理|主任|老板|部长|处长|科长|董|姐|哥)|人|采购|技术|老板|项目|订单|情况|合同|报价|单子|需求|客户|设备|系统)|现在|最近|上次|有(?:几|多少|哪些)|追加|续签|续约|买了|采购了|上回|(?:视频|线上|电话|网络)(?:会|会议)|会议|开完会|(?:科技|采购|技术|财务|信息|IT|法务|市场|研发|运维|工程)部|的(?:领导|同事|负责人|对接人|财务|法务|IT)|谁在跟|谁负责|怎么样|什么情况|几级|联系人|投诉|反馈|下单|签了|成交|欠款|回款|的?\s*[\u4e00-\u9fa5]{1,2}(?:总|工|经理)|['’]s\b|\s(?:is|are|was|were|has|had|wants?|needs?|called|asked|says?|said|came|folks|team|people|deal|account|renewal|call|meeting|mtg|zoom|lunch|dinner|coffee|demo|visit|closed|signed|paid)\b)/;
// What names a competitor just before a name: 竞品海尔给了九折, 友商中兴, "competitor Globex", "vs Oscorp".
// What names a competitor just after a name: 海尔给的价格比我们低, 中兴也在报价, "Globex undercut us".
const competitorAfter =
  /^\s*(?:给的价格|给的报价|的报价|报的价|报价比|的价格比|(?:也|还)在(?:报价|抢|跟|投标)|比我们(?:便宜|低|更低)|降价|低价|\b(?:undercut|underbid|undercutting|is cheaper|are cheaper|came in lower|offered a lower)\b)/;
const competitorBefore =
  /(?:竞品|竞争对手|竞对|友商|对手|同行|比|\bcompetitors?|\bcompeting|\brivals?|\bvs\.?|\bversus|\bthan|\bagainst)\s*[:：]?\s*(?:的|是|像|如|还有|和)?\s*$/;

/**
 * The known customers a message names, read from the index's hits: the longest name wins where names
 * overlap (华为终端 over 华为, 美的集团 over 美的), a full name or alias beats a short form of another
 * customer, and an everyday word counts only with context that makes it a customer — a legal-form word
 * after it (美的集团), a verb or customer word before it (去美的, 和平安), or a place, person or business
 * after it (美的那边, 平安的李总, Umbrella's CFO). A name just after a competitor word is marked so.
 */
export function readCustomerMentions(text: string, index: NameIndex): CustomerMention[] {
  const scanText = toScanText(text);
  const kept = dropShorterOverlaps(groupBySpan(index.scan(scanText)));
  const mentions: CustomerMention[] = [];
  for (const span of kept) {
    const tail = legalTail.exec(scanText.slice(span.end))?.[0].length ?? 0;
    const before = scanText.slice(Math.max(0, span.start - 12), span.start);
    const after = scanText.slice(span.end + tail, span.end + tail + 12);
    const exact = span.hits.filter((hit) => hit.form.kind !== 'short');
    const best = exact.length > 0 ? exact : span.hits;
    const weak = best.every((hit) => hit.form.weak);
    if (weak && tail === 0 && !hasContext(text, span, before, after)) continue;
    mentions.push({
      start: span.start,
      end: span.end + tail,
      customerIds: [...new Set(best.map((hit) => hit.customerId))],
      competitor: competitorBefore.test(before) || competitorAfter.test(after),
      exact: exact.length > 0,
    });
  }
  return mentions;
}

// Latin everyday words need more: "the umbrella is broken" is no customer, "Umbrella is furious" and
// "call w/ umbrella" are. After-context counts only for a name written with a capital.
function hasContext(text: string, span: HitSpan, before: string, after: string): boolean {
  if (contextBefore.test(before)) return true;
  // A name heading the message before a dash or colon is what the message is about: "stark - redlines back".
  if (text.slice(0, span.start).trim() === '' && /^\s*[-–—:：|]/.test(after)) return true;
  const latin = /^[a-z0-9]/i.test(text[span.start]!);
  // HW, CMB, DJI written in capitals are the abbreviation the team gave the customer.
  if (latin && /^[A-Z0-9]+$/.test(text.slice(span.start, span.end))) return true;
  return contextAfter.test(after) && (!latin || /^[A-Z]/.test(text[span.start]!));
}

interface HitSpan {
  start: number;
  end: number;
  hits: NameHit[];
}

function groupBySpan(hits: NameHit[]): HitSpan[] {
  const bySpan = new Map<string, HitSpan>();
  for (const hit of hits) {
    const key = `${hit.start}:${hit.end}`;
    const span = bySpan.get(key);
    if (span) span.hits.push(hit);
    else bySpan.set(key, { start: hit.start, end: hit.end, hits: [hit] });
  }
  return [...bySpan.values()];
}

/** Of two overlapping spans the longer stays (the earlier on a tie): 华为终端 holds 华为. */
function dropShorterOverlaps(spans: HitSpan[]): HitSpan[] {
  const byLength = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: HitSpan[] = [];
  for (const span of byLength) {
    if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
