import type { Command } from './find-command.ts';
import type { Intent } from './parse-result.ts';
import { type NameReading, readNameAt } from './read-name.ts';
import type { Span } from './text-span.ts';

// What may sit between a command and the name: "log visit with Acme", "complaint for Globex:", 投诉：华为.
const connector =
  /^\s*(?:(?:with|for|from|about|against|on|at|to|re|regarding|of|customer|client)\b\s*)*[:=\-—]?\s*(?:客户\s*)?/i;
const notCustomers = new Set(
  '我 我们 他 她 他们 她们 对方 客户 公司 大家 一下 一个 领导 团队 这家 那家 这个客户 老客户'.split(' '),
);
const meetingAfterName =
  /^(?:开会|开了会|开了个会|会议|通话|通了电话|打电话|打了电话|见面|见了面|碰面|面谈|聊|谈|沟通|交流|吃饭|视频)/;

/**
 * Where the customer is named, as written (no lookup). After a command word it is the next name;
 * otherwise it comes from the sentence: 拜访了招商银行的李经理, 和华为张总开会, 华为 投诉…, at Globex,
 * Initech's CFO. `stops` are dates and contacts a name must not run into.
 */
export function extractCustomer(
  text: string,
  intent: Intent,
  command: Command | null,
  from: number,
  stops: Span[],
): Span | null {
  const whole = intent === 'add_customer' || intent === 'find_customer';
  const loose: NameReading = { stops, loose: true, whole };
  if (command) {
    const at = skipConnector(text, command.span.end);
    // 「记录拜访 新希望六和 今天…」: a name the person set apart with a space or a colon is taken whole,
    // even if it holds words that would cut a name glued to the sentence (希望, 和).
    const setApart = /^\s*[^\s,.;:!?。，：；]+[\s,.;:!?。，：；]+\S/.test(text.slice(at));
    const afterCommand = clean(text, readNameAt(text, at, { ...loose, whole: whole || setApart }));
    if (afterCommand || intent !== 'log_visit') return afterCommand;
  }
  if (intent === 'file_complaint') return findComplainingCustomer(text, from, stops);
  if (intent === 'add_customer') {
    // "add Fabrikam Inc as a customer", "add Redwood to the CRM": the name between.
    const between =
      /\badd\s+(?<name>\S.{0,60}?)\s+(?:as (?:a |an |our )?(?:new )?(?:customer|client|account|lead)|to (?:the |our )?(?:crm|system|customer list|customers|accounts|database))\b/di.exec(
        text,
      );
    const at = between?.indices?.groups?.name;
    if (at) return clean(text, { start: at[0], end: at[1] });
    const phrase =
      /新增客户|添加客户|新建客户|创建客户|\badd (?:a )?(?:new )?customer\b|\bnew customer\b|\bcreate (?:a )?customer\b/i.exec(
        text,
      );
    return phrase
      ? clean(text, readNameAt(text, skipConnector(text, phrase.index + phrase[0].length), loose))
      : null;
  }
  if (intent === 'find_customer') return clean(text, readNameAt(text, from, loose));
  if (intent === 'log_visit') return findVisitedCustomer(text, stops);
  return null;
}

function findComplainingCustomer(text: string, from: number, stops: Span[]): Span | null {
  const strict: NameReading = { stops, loose: false };
  const before = /^\s*(?:客户)?\s*/.exec(text.slice(from))?.[0].length ?? 0;
  const leading = readNameAt(text, from + before, { stops, loose: false });
  if (leading && /^\s*(?:投诉|客诉|抱怨|complaints?\b|complains?\b)/i.test(text.slice(leading.end)))
    return clean(text, leading);
  const english = /\bcomplaints?\s+(?:for|from|about|against|by|re)\s+/i.exec(text);
  return english ? clean(text, readNameAt(text, english.index + english[0].length, strict)) : null;
}

function findVisitedCustomer(text: string, stops: Span[]): Span | null {
  const strict: NameReading = { stops, loose: false };
  const tries: [RegExp, RegExp | null][] = [
    [/拜访(?:了|过)?(?:一下)?\s*(?:客户)?/g, null],
    [/(?:和|跟|与|同)\s*/g, meetingAfterName],
    [/给\s*/g, /^打(?:了)?(?:个)?电话/],
    [/(?:去|到)\s*(?:客户)?/g, /^(?:拜访|开会|见|参观|交流|沟通)/],
    [/(?:见了|联系了|致电|打给|拜会了?|走访了?)\s*/g, null],
    [/\b(?:at|from)\s+/g, null],
    [
      /\b(?:visited|visit to|visiting|met with|meeting with|call with|had a call with|spoke (?:with|to)|talked (?:with|to)|lunch with|demo (?:for|to)|with)\s+/gi,
      null,
    ],
  ];
  for (const [lead, follow] of tries) {
    for (const hit of text.matchAll(lead)) {
      const name = clean(text, readNameAt(text, hit.index + hit[0].length, strict));
      if (!name || stops.some((stop) => stop.start <= name.start && name.start < stop.end)) continue;
      if (follow && !follow.test(skipStops(text, name.end, stops))) continue;
      return name;
    }
  }
  const possessive = /([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)['’]s\s/.exec(text);
  return possessive?.[1] ? { start: possessive.index, end: possessive.index + possessive[1].length } : null;
}

/** The text after `from` with contacts and 的 skipped: 和华为张总开会 → 开会. */
function skipStops(text: string, from: number, stops: Span[]): string {
  let at = from;
  for (let moved = true; moved; ) {
    moved = false;
    const stop = stops.find((span) => span.start === at);
    if (stop) {
      at = stop.end;
      moved = true;
    } else if (text[at] === '的') {
      at += 1;
      moved = true;
    }
  }
  return text.slice(at);
}

function skipConnector(text: string, from: number): number {
  return from + (connector.exec(text.slice(from))?.[0].length ?? 0);
}

/** Trims 客户 / 的 / 's / punctuation around a name; null when nothing name-like is left. */
function clean(text: string, span: Span | null): Span | null {
  if (!span) return null;
  let { start, end } = span;
  const lead = /^(?:客户|customer\s+|client\s+|the\s+)/i.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  const tail =
    /(?:的(?:情况|资料|信息|详情|详细信息|详细资料|档案|近况)?|(?:客户)?(?:情况|资料|信息|详情|详细信息|详细资料|档案|近况)|怎么样|了|['’]s|[.?!])+$/i.exec(
      text.slice(start, end),
    );
  if (tail && tail.index > 0) end = start + tail.index;
  const name = text.slice(start, end).trim();
  if (name === '' || notCustomers.has(name) || name.length > 60) return null;
  return { start, end };
}
