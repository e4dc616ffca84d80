import type { Db } from '../../db/client.ts';
import { listCustomerContacts } from '../../db/customer-contacts.ts';
import { customerNameIndex } from '../../db/customer-name-index.ts';
import { findKnownContact } from '../../domain/customers/find-known-contact.ts';
import { type CustomerMention, readCustomerMentions } from '../../domain/customers/read-customer-mentions.ts';
import { findFollowUpCues } from '../parse/follow-up-cues.ts';
import { normalizeText } from '../parse/normalize-text.ts';
import { type ParseHints, parseMessage } from '../parse/parse-message.ts';
import type { Intent, ParseResult } from '../parse/parse-result.ts';
import { readDates } from '../parse/read-dates.ts';
import { blankSpans, overlapsAny, type Span } from '../parse/text-span.ts';
import { toZonedNow } from '../parse/zone-clock.ts';

/** Who a message is about, as far as the names in it tell. */
export type CustomerReading =
  /** A known customer, named by one of its forms (美的集团, 招行, acme). */
  | { kind: 'known'; customerId: number; at: Span }
  /** Several known customers are named, or one name is shared: the bot asks which. */
  | { kind: 'several'; customerIds: number[] }
  /** A name the index does not hold (a new company, a typo): matched the old way, or offered to create. */
  | { kind: 'mention'; name: string }
  | { kind: 'none' };

export interface Understanding {
  parse: ParseResult;
  customer: CustomerReading;
  /** How sure the bot is of the whole reading, 0–1. */
  confidence: number;
  /** When unsure: the readings to offer the person, best first; empty when the bot may act. */
  readings: Intent[];
}

export interface UnderstandOptions {
  db: Db;
  now: Date;
  timeZone: string;
  /** A reading the person already chose on a clarifying question. */
  intent?: Intent;
}

// The intents whose customer is whoever the sentence names. A command's own reading of the name (a sale's
// "Stark Industries for 250k") is the rules' span the known name must overlap; add_customer names a new
// company and hand_over names people, so they read names their own way.
const aboutCustomer: Intent[] = [
  'log_visit',
  'find_customer',
  'file_complaint',
  'unknown',
  'record_sale',
  'record_arrears',
  'record_payment',
  'claim_customer',
  'flag_bad_customer',
  'add_contact',
  'assign_customer',
  'change_collaborators',
];
// What a message naming a known customer most likely asks, when nothing else in it says.
const customerReadings: Intent[] = ['log_visit', 'find_customer', 'file_complaint'];
const askBelow = 0.5;
// What a known name implies about a message the rules could not read is a reading, not a certainty.
const impliedConfidence = 0.6;
// A statement about the customer with no next step may be a note or something else: asked, not written.
const statementConfidence = 0.4;
// Nothing but the name: 海康, 美的集团?, "Acme?" asks about the customer.
// Chinese characters or English words a note needs besides the customer, the contact and the next step.
const minimumNote = 4;
// Without a next step, a statement needs more to be a note rather than a fragment: 「万科没戏了」 is one.
const minimumStatement = 6;
// A question about the customer, in the words around its name: 谁/什么/多少/…吗, "what did we…", "any notes on".
const asksAbout =
  /[?？]|吗|(?<!没)什么|(?<!没)啥|哪|谁|多少|几[个级次天时]|怎么样|咋样|如何|有没有|是不是|^\s*(?:what|who|whom|when|where|which|how|any|is|are|do|does|did|has|have|can|could)\b/i;
const nameOnly = /^(?:[\s?？!！.。,，:：~～…呢吗嘛啊呀的\p{Extended_Pictographic}]|\uFE0F)*$/u;

/**
 * The bot's reading of one message: the rules' parse, with the customer found by the name index
 * anywhere in the sentence (the longest, most specific name; competitors left out), and how sure it
 * is. `parse --resolve` runs this same function.
 */
export async function understandMessage(text: string, options: UnderstandOptions): Promise<Understanding> {
  const clock = { now: options.now, timeZone: options.timeZone };
  const hints: ParseHints = options.intent ? { intent: options.intent } : {};
  const first = parseMessage(text, clock, hints);
  if (!aboutCustomer.includes(first.intent)) return settle(first, toMentionReading(first), options);

  const mentions = readCustomerMentions(text, await customerNameIndex(options.db)).filter(
    (mention) => !mention.competitor,
  );
  const rule = ruleSpan(text, first);
  const customer = chooseCustomer(mentions, rule);
  if (customer.kind !== 'known') {
    return settle(first, customer.kind === 'none' ? toMentionReading(first) : customer, options);
  }
  const implied = first.intent === 'unknown' ? impliedIntent(text, customer.at, first, options) : null;
  if (implied) {
    const parse = parseMessage(text, clock, { intent: implied.intent, customerAt: customer.at });
    const withContact = await addKnownContact(text, parse, customer.customerId, options.db);
    return settle({ ...withContact, intentConfidence: implied.confidence }, customer, options);
  }
  // Read again around the known name only where the rules placed the customer elsewhere.
  const same = rule?.start === customer.at.start && rule.end === customer.at.end;
  const parse = same ? first : parseMessage(text, clock, { ...hints, customerAt: customer.at });
  return settle(await addKnownContact(text, parse, customer.customerId, options.db), customer, options);
}

// The intents that record who was met or who complained.
const namesContact: Intent[] = ['log_visit', 'file_complaint'];

/** A contact on file the rules could not read as one ("met w/ sarah", "Hank asked about…"). */
async function addKnownContact(
  text: string,
  parse: ParseResult,
  customerId: number,
  db: Db,
): Promise<ParseResult> {
  if (parse.contact || !namesContact.includes(parse.intent)) return parse;
  const contact = findKnownContact(text, await listCustomerContacts(db, customerId));
  return contact ? { ...parse, contact } : parse;
}

function settle(parse: ParseResult, customer: CustomerReading, options: UnderstandOptions): Understanding {
  const intentConfidence = options.intent ? 1 : parse.intent === 'unknown' ? 0 : parse.intentConfidence;
  const confidence = intentConfidence * customerCertainty(parse.intent, customer);
  const readings =
    intentConfidence < askBelow && customer.kind !== 'none' ? customerReadings : ([] as Intent[]);
  return { parse, customer, confidence: round(confidence), readings };
}

/**
 * What a message the rules could not read means once a known customer is found in it: the bare name, or
 * a question around it (「海尔上次去是什么时候」, "any notes on Initech?"), asks about the customer; a
 * statement about it with a next step and its date (「Oscorp 那边 …，下周二跟进」), or a longer one without
 * (「万科那边没戏了，他们选了别家」), is a note of contact with it, the commonest thing reps write. Only the
 * note with its next step is sure enough to write; the bare statement is offered on a clarifying question.
 */
function impliedIntent(
  text: string,
  at: Span,
  parse: ParseResult,
  clock: UnderstandOptions,
): { intent: Intent; confidence: number } | null {
  const rest = text.slice(0, at.start) + text.slice(at.end);
  if (nameOnly.test(rest) || asksAbout.test(rest))
    return { intent: 'find_customer', confidence: impliedConfidence };
  // Something said besides who and when: 美的集团 张总 下周二再联系 alone may be a reminder to set.
  const match = normalizeText(text).match;
  const name = parse.contact ? normalizeText(parse.contact.name).match : '';
  const contact = name ? match.indexOf(name) : -1;
  const spans: Span[] = [
    at,
    ...readDates(match, toZonedNow(clock.now, clock.timeZone)),
    ...findFollowUpCues(match),
    ...(contact >= 0 ? [{ start: contact, end: contact + name.length }] : []),
  ];
  const left = blankSpans(match, spans);
  const han = left.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const latin = left.match(/[a-z]+/gi)?.length ?? 0;
  if (parse.followUpAt)
    return han + latin >= minimumNote ? { intent: 'log_visit', confidence: impliedConfidence } : null;
  // A statement's length is what it says: an English word says about what two Chinese characters do.
  return han + 2 * latin >= minimumStatement
    ? { intent: 'log_visit', confidence: statementConfidence }
    : null;
}

/**
 * The rules' own customer span makes the choice where a known name overlaps it; otherwise one known
 * customer (however often named) is the one, and several are asked about.
 */
function chooseCustomer(mentions: CustomerMention[], rule: Span | null): CustomerReading {
  if (mentions.length === 0) return { kind: 'none' };
  const overlapping = rule ? mentions.find((mention) => overlapsAny(mention, [rule])) : undefined;
  const ids = [...new Set(mentions.flatMap((mention) => mention.customerIds))];
  const chosen = overlapping ?? (ids.length === 1 ? mentions[0] : undefined);
  if (chosen && chosen.customerIds.length === 1) {
    return {
      kind: 'known',
      customerId: chosen.customerIds[0]!,
      at: { start: chosen.start, end: chosen.end },
    };
  }
  return { kind: 'several', customerIds: chosen ? chosen.customerIds : ids };
}

/** Where the rules saw the customer's name, found again in the text they took it from. */
function ruleSpan(text: string, parse: ParseResult): Span | null {
  if (!parse.customer) return null;
  const start = text.indexOf(parse.customer);
  return start < 0 ? null : { start, end: start + parse.customer.length };
}

function toMentionReading(parse: ParseResult): CustomerReading {
  const name = parse.command && 'customer' in parse.command ? parse.command.customer : parse.customer;
  return name ? { kind: 'mention', name } : { kind: 'none' };
}

function customerCertainty(intent: Intent, customer: CustomerReading): number {
  if (!aboutCustomer.includes(intent)) return 1;
  switch (customer.kind) {
    case 'known':
      return 1;
    case 'mention':
      return 0.8;
    case 'several':
      return 0.6;
    case 'none':
      return 0.5;
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
