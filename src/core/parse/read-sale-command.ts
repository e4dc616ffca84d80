import type { DateTime } from 'luxon';
import type { CrmCommand } from './crm-command.ts';
import { readAmount } from './read-amount.ts';
import { readSaleDay } from './read-sale-day.ts';
import { blankSpans, type Span } from './text-span.ts';

type SaleCommand = Extract<CrmCommand, { intent: 'record_sale' }>;

const commandFirst =
  /^(?:记录成交|登记成交|录入成交|新增成交|成交记录|成交|\brecord (?:a )?sale\b|\blog (?:a )?sale\b|\bnew sale\b|\bsale\b)\s*[:：]?\s*(?:for |with |of )?/i;
// Signed, closed, won first and the customer after: 「签了华为 80万」, "signed Acme for 30k".
const verbFirst =
  /^(?:just\s+|刚刚?)?(?:closed|signed|won|booked|landed|inked|签了|签下了?|拿下了?)\s*(?:(?:a|an|the)\s+(?:deal|contract|order)\s+(?:with|from)\s+|with\s+)?/i;
const saleWord =
  /(?:成交(?:额|金额)?|签单|签约|签下(?:来)?|签了|拿下|下单|下了(?:个|一个|一)?单|下了(?:个|一个|一笔|笔)?(?=\s*[\d一二两三四五六七八九十])|追加(?:了)?(?:个|一个|一)?单|追加了?|续签(?:了)?|续约(?:了)?|续费(?:了)?|\b(?:bought|purchased|renewed|expanded|upsold|upgraded)\b|加(?:了)?(?:个|一个|一)单|中标|回款)了?(?:合同|这单|一单|订单)?|(?:这单|那单|单子)(?:也|终于|总算)?(?:成了|搞定了|落地了)|\b(?:closed|signed|booked|won)\b(?:\s+(?:a|an|the))?(?:\s+(?:deal|sale|order|contract))?(?:\s+(?:of|for|worth))?/gi;
const doneClause =
  /(?:这单|这一单|这个单子?|的单子|那单|的合同)?(?:也|终于|总算)?(?:搞定|拿下|签下来|签下|成交|定下来|落地|成)了?[\s,，。!！]*$/;
// Words that may stand around the amount and the day without changing the meaning.
// Emoji, currency names and a term (签了 3 年, "a 2-year deal") do not change the meaning either.
const filler =
  /^(?:[\s,，。.!！:：\p{Extended_Pictographic}]|\uFE0F|了|共|合计|总共|金额|合同|订单|单子?|个|笔|这单|一单|首单|首批|第一单|总价|价值|约|大概|为|是|元|块|在|于|的|美元|美金|人民币|(?:\d+|[一二两三四五六七八九十]+)\s*-?\s*(?:年|个月|years?|yrs?|months?)(?:期|的)?|(?:another|one more|one|a)\s+(?:years?|months?)|(?:to\s+)?\d+\s+(?:more\s+|additional\s+|extra\s+)?(?:seats|licen[cs]es|units|users|branches|sites|stores|locations|plants|accounts|modules)|(?:\d+|[一二两三四五六七八九十百]+)\s*(?:台|套|件|批|箱|张|份|个账号|个模块|个门店|家门店|个站点|个license)|\+|\b(?:in|on|for|of|at|a|an|the|deal|contract|order|total|worth|usd|rmb|cny|arr|mrr|acv|tcv|per year|a year)\b)*$/iu;
// A customer part with punctuation or a visit word is a sentence, not a name: leave it to the visit rules.
const notAName = /[，,。;；!！?？:：]|拜访|电话|会议|见面|聊|\b(?:met|visit|call|meeting)\b/i;

/**
 * 成交 (a sale) in the forms people type: 「华为 本月成交 120万」, 「成交 华为 120万 上月」,
 * "Acme closed 50k this month", "record sale Acme 50k", 「签了华为 80万」, "signed Acme for 30k",
 * 「比亚迪拿下了，合同120万」. The whole message must be the sale — a
 * customer, the amount, at most a day — so a visit note that mentions a deal stays a visit.
 */
export function readSaleCommand(match: string, original: string, wallNow: DateTime): SaleCommand | null {
  const head = commandFirst.exec(match) ?? verbFirst.exec(match);
  const dayHit = readSaleDay(match, wallNow);
  const spans: Span[] = dayHit ? [dayHit.span] : [];
  const text = blankSpans(match, spans);
  const amount = readAmount(text);
  if (!amount) return null;
  const occurredOn = dayHit?.day ?? wallNow.toISODate()!;
  if (head) {
    // 成交 华为 120万: the customer is what is left once the amount and the day are taken out.
    const customer = cleanName(
      blankSpans(original, [...spans, { start: 0, end: head[0].length }, amount.span]),
    );
    if (!customer || notAName.test(customer)) return null;
    return { intent: 'record_sale', customer, amountCents: amount.cents, occurredOn };
  }
  // The sale word nearest the amount: 拿下了，签了60万 is read from 签了.
  const word = [...text.matchAll(saleWord)]
    .filter((hit) => hit.index + hit[0].length <= amount.span.start)
    .at(-1);
  if (!word) return readSaleWordAfter(text, original, spans, amount, occurredOn);
  // 海康这单搞定了，签了95万: the clause that says the deal is done belongs to the sale, not the name.
  const before = text.slice(0, word.index).replace(doneClause, '');
  const between = text.slice(word.index + word[0].length, amount.span.start);
  const after = text.slice(amount.span.end);
  if (!filler.test(between) || !filler.test(after) || notAName.test(before)) return null;
  const customer = cleanName(blankSpans(original, spans).slice(0, before.length));
  return customer ? { intent: 'record_sale', customer, amountCents: amount.cents, occurredOn } : null;
}

// 比亚迪 订单 80万 签了: the amount first, the sale word closing the message.
const closingSaleWord =
  /^\s*(?:已经?|也|终于|总算)?(?:签了|签下了?|签约了?|成交了?|拿下了?|搞定了?|落地了?|\b(?:closed|signed|won)\b)(?:[\s!！。.]|\p{Extended_Pictographic}|\uFE0F)*$/iu;

function readSaleWordAfter(
  text: string,
  original: string,
  spans: Span[],
  amount: { span: Span; cents: number },
  occurredOn: string,
): SaleCommand | null {
  if (!closingSaleWord.test(text.slice(amount.span.end))) return null;
  const before = text.slice(0, amount.span.start);
  if (notAName.test(before)) return null;
  const customer = cleanName(blankSpans(original, spans).slice(0, before.length));
  return customer ? { intent: 'record_sale', customer, amountCents: amount.cents, occurredOn } : null;
}

function cleanName(text: string): string | null {
  const name = text
    .replace(/\s+/g, ' ')
    // What is left of "won Initech! $75k ARR" once the amount is out: the name, not the ARR.
    .replace(/\s*\b(?:arr|mrr|acv|tcv|usd|rmb|cny)\b\s*$/i, '')
    .replace(/^[\s,，。:：]+|[\s,，。:：!！]+$/g, '')
    .replace(/^(?:客户|customer|the)\s*/i, '')
    .replace(/^(?:一?个|一?笔)(?:\s|$)/, '')
    .replace(/\s*(?:这单|这一单|这笔|这个单子?|的单子|的合同|合同|订单)$/, '')
    .replace(/\s*(?:\bdeal\b|\bcontract\b|\border\b)$/i, '')
    .replace(/[\s,，]*(?:在|于|\bin\b|\bhas\b|\bhave\b|\bfor\b|\bat\b|\bworth\b|\bwith\b|已经|已)$/i, '')
    .trim();
  return name.length >= 1 && name.length <= 100 ? name : null;
}
