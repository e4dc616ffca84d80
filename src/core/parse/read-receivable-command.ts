import type { DateTime } from 'luxon';
import type { CrmCommand } from './crm-command.ts';
import { readAmount } from './read-amount.ts';
import { readDueDay } from './read-due-day.ts';
import { readSaleDay } from './read-sale-day.ts';
import { blankSpans, type Span } from './text-span.ts';

type ReceivableCommand = Extract<CrmCommand, { intent: 'record_arrears' | 'record_payment' }>;

// Longer words first, so 欠款 is not read as 欠 followed by a stray 款.
const arrearsWord =
  /应收账款|应收款|应收|还差|欠款|欠费|欠账|拖欠|欠|(?:有|还有)(?=[^，,。]{0,12}(?:没|未|不)(?:结|付|给|还|回))|\b(?:still\s+)?(?:hasn'?t|has not|haven'?t|have not|didn'?t|never)\s+paid(?:\s+us)?\b|\bowes?(?:\s+us)?\b|\barrears(?:\s+of)?\b|\b(?:(?:is|are)\s+(?:\d+|a|one|two|three|several)\s+(?:days?|weeks?|months?)\s+)?(?:behind|late) (?:on|with) (?:(?:the|their|its|a)\s+)?(?:payments?|invoices?|paying)\b|\bunpaid\b|(?:\b(?:has|have)\s+(?:an?\s+)?)?\boutstanding(?:\s+balance)?(?:\s+of)?\b/i;
// 打款了 / 转账了 / 款到了 / 到账了: the money came, in the words people use for it.
const paymentWord =
  /回款|收款|已付款|已还款|付款|还款|已付|付了|还了|打款|转账|转了|打了|汇款|汇了|的?(?:货|尾|首付|首期|预付)?款(?:已经?)?到(?:账)?了?|的?(?:货|尾|首付|首期|预付)?款(?:已经?)?收到了?|到账了?|的?(?:货|尾|首付|首期|预付)款(?=\s*[\d一二两三四五六七八九十][^，,。]{0,10}(?:收到|到账|到了))|\b(?:paid|repaid|wired|transferred|remitted)(?:\s+us)?\b|\bpayment(?:\s+of)?\b/i;
// 到期 2025-06-01 / due 2025-06-01 / due on June 1 2025: everything after it is the due day.
const dueAfter = /(?:到期日?期?|截止日?期?|还款日|\bdue(?:\s+(?:on|by|date))?\b)\s*[:：]?\s*/i;
// 2025-06-01 到期: a day written before the word.
const dueBefore = /(\S+)\s*(?:到期|\bdue\b)\s*$/i;
// 欠款12万，说月底付 / 答应下周五前还: the day they promised to pay is the due day.
const promisedDay =
  /[，,。;；]\s*(?:说|答应|承诺|预计|估计|讲好)?\s*(\S{1,12}?)\s*(?:之前|以前|前)?(?:付|还|结|给)(?:清|款|钱)?了?\s*$/;
const settleWords = /全部|全款|结清|付清|还清|\bin full\b|\ball\b|\beverything\b/i;
// Words that may stand around the amount without changing the meaning.
// Words that may stand around the amount without changing the meaning: 还欠我们 30万, 50万 尾款没结, 到账了.
const filler =
  /^(?:[\s,，。.!！:：\p{Extended_Pictographic}]|\uFE0F|了|共|合计|总共|金额|为|是|元|块|还|已|已经|我们|我司|咱们|公司|尾款|货款|款项|款|的|没结|未结|没付|未付|还没付|还没结|没给|不给|拖着|(?:的)?那笔(?:钱|款)?|钱|还没还|没还|没回来?|未回来?|应收款?|到账|到了|收到了?|已收|过来|进来|首付款?|首期|预付款?|第[一二三四五]笔|第?[一二三四五]期|\b(?:us|of|a|an|the|total|in|on|back|still|yet|invoice|bill|first|second|third|final|last|deposit|installment|down\s+payment)\b)*$/iu;
// "received $60k from Globex", "got 8,000 from Initech today": the amount first, the payer after from.
const receivedFrom = /^(?:just\s+)?(?:received|got|collected)\s+(\S.*?)\s+from\s+(\S.*)$/di;
const notAName =
  /[，,。;；!！?？]|拜访|电话|会议|见面|聊|说|到期|\b(?:met|visit|call|meeting|said|says|due)\b/i;

/**
 * 欠款 and 回款 in the forms people type: 「华为 欠款 30万 到期 2025-06-01」, "Acme owes 50k due
 * 2025-06-01", 「华为 回款 30万」, "Acme paid 50k". The message must be the customer, the word, at most
 * an amount and a day, so a visit note that mentions money stays a visit. A missing amount or an
 * unreadable due day still makes the command, so the intent can say what is missing.
 */
export function readReceivableCommand(
  text: string,
  typed: string,
  wallNow: DateTime,
): ReceivableCommand | null {
  let match = text;
  let original = typed;
  const received = readReceivedFrom(text, typed, wallNow);
  if (received) return received;
  const arrears = arrearsWord.exec(match);
  const payment = paymentWord.exec(match);
  const word = arrears && (!payment || arrears.index <= payment.index) ? arrears : payment;
  if (!word) return null;
  const isArrears = word === arrears;
  // 华为 昨天回款 30万: a payment's day may stand anywhere; take it out before reading the name.
  const paid = isArrears ? null : readSaleDay(match, wallNow);
  if (paid) {
    match = blankSpans(match, [paid.span]);
    original = blankSpans(original, [paid.span]);
  }
  // 欠款 华为 30万 or 华为 欠款 30万: the customer is before the word, or right after it when it leads.
  const leads = match.slice(0, word.index).trim() === '';
  const after = word.index + word[0].length;
  let rest = match.slice(after);
  let customer: string | null;
  if (leads) {
    // 「付款流程……」 is not a payment: a leading word needs an amount, a due day or 结清 after it.
    if (!readAmount(rest) && !dueAfter.test(rest) && !settleWords.test(rest)) return null;
    const name = /^\s*[:：]?\s*(\S+)/.exec(rest);
    if (!name) return null;
    customer = cleanName(original.slice(after, after + name[0].length));
    rest = rest.slice(name[0].length);
  } else {
    // 华为的尾款 leaves 华为; in 美的尾款 the 的 ends the name, as no customer is one character.
    const keepsDe = word[0].startsWith('的') && word.index < 2;
    customer = cleanName(original.slice(0, word.index + (keepsDe ? 1 : 0)));
  }
  if (!customer || notAName.test(customer)) return null;
  return isArrears
    ? readArrears(customer, rest, wallNow)
    : readPayment(customer, rest, paid?.day ?? wallNow.toISODate()!);
}

function readReceivedFrom(text: string, typed: string, wallNow: DateTime): ReceivableCommand | null {
  const paid = readSaleDay(text, wallNow);
  const spans = paid ? [paid.span] : [];
  const hit = receivedFrom.exec(blankSpans(text, spans).trimEnd());
  const [amountAt, payerAt] = [hit?.indices?.[1], hit?.indices?.[2]];
  if (!hit || !amountAt || !payerAt) return null;
  const amount = readAmount(hit[1]!);
  if (!amount || !filler.test(blankSpans(hit[1]!, [amount.span]))) return null;
  const customer = cleanName(blankSpans(typed, spans).slice(payerAt[0], payerAt[1]));
  if (!customer || notAName.test(customer)) return null;
  return {
    intent: 'record_payment',
    customer,
    amountCents: amount.cents,
    settle: false,
    paidOn: paid?.day ?? wallNow.toISODate()!,
  };
}

function readArrears(customer: string, rest: string, wallNow: DateTime): ReceivableCommand | null {
  let dueText: string | null = null;
  let body = rest;
  const due = dueAfter.exec(rest);
  const promised = due ? null : promisedDay.exec(rest);
  if (promised && readDueDay(promised[1]!, wallNow) !== null) {
    dueText = promised[1]!;
    body = rest.slice(0, promised.index);
  } else if (due) {
    dueText = rest.slice(due.index + due[0].length).trim() || null;
    body = rest.slice(0, due.index);
    if (!dueText) {
      const before = dueBefore.exec(rest);
      const day = before?.[1] ?? '';
      if (before && (readDueDay(day, wallNow) !== null || readAmount(day) === null)) {
        dueText = day;
        body = rest.slice(0, before.index);
      }
    }
  }
  const amount = readAmount(body);
  const left = amount ? blankSpans(body, [amount.span]) : body;
  if (!filler.test(left)) return null;
  const dueOn = dueText ? readDueDay(dueText, wallNow) : null;
  return {
    intent: 'record_arrears',
    customer,
    amountCents: amount?.cents ?? null,
    dueOn,
    dueText: dueOn ? null : (dueText?.slice(0, 100) ?? null),
  };
}

function readPayment(customer: string, rest: string, paidOn: string): ReceivableCommand | null {
  const spans: Span[] = [];
  const settle = settleWords.exec(rest);
  if (settle) spans.push({ start: settle.index, end: settle.index + settle[0].length });
  const amount = readAmount(blankSpans(rest, spans));
  if (amount) spans.push(amount.span);
  if (!filler.test(blankSpans(rest, spans))) return null;
  return {
    intent: 'record_payment',
    customer,
    amountCents: amount?.cents ?? null,
    settle: settle !== null && amount === null,
    paidOn,
  };
}

function cleanName(text: string): string | null {
  const name = text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,，。:：]+|[\s,，。:：]+$/g, '')
    .replace(/^(?:客户|customer)\s*/i, '')
    .replace(/\s*(?:已经|已經|已|还|還|那边|那邊|\bhas\b|\bhave\b|\bstill\b)$/i, '')
    .trim();
  return name.length >= 1 && name.length <= 100 ? name : null;
}
