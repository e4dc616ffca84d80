import { DateTime } from 'luxon';
import { z } from 'zod';
import { type OfferedReading, offeredReadings } from '../../../cards/choose-reading.ts';
import type { Ctx } from '../context.ts';
import type { Draft, ModelReading } from '../draft.ts';
import { writtenByModel } from '../llm/language-model.ts';
import type { ParseResult } from '../parse/parse-result.ts';
import { readDateInput } from '../read-date-input.ts';
import { findReadingCandidates } from './find-reading-candidates.ts';

const instructions = [
  'A sales rep sent this message to a CRM bot, and the bot could not tell with confidence what it asks.',
  'intent: what the message asks the bot to do.',
  '- log_visit: reports a visit, call or meeting with a customer (who was met, what was said, next steps);',
  '- find_customer: asks about a customer (its owner, contacts, state);',
  '- file_complaint: reports a complaint by a customer about our product or service;',
  '- list_followups: asks to see the follow-ups (to-dos) of the rep;',
  '- add_customer: asks to create a new customer;',
  '- record_sale: reports a sale or an order with an amount;',
  '- daily_report: asks for the daily report;',
  '- unknown: none of these, or you cannot tell.',
  'customer: the customer the message is about, written exactly as one of the names in "candidates";',
  'null when it names none of them. Never a name that is not in "candidates".',
  'contact: the person at the customer the rep met or spoke to, name and title as written; else null.',
  'followUp: the day of the next contact the message asks for, as YYYY-MM-DD, counted from "sentAt"',
  '(local time, with its weekday); null when the message gives none.',
  'summary: one short sentence on what happened, in the language of the message; else null.',
].join('\n');

// Which of the reading's fields each use case acts on; the rest are left to the rules' own reading.
const customerIntents: OfferedReading[] = ['log_visit', 'find_customer', 'file_complaint', 'record_sale'];
const visitIntents: OfferedReading[] = ['log_visit'];
const summaryIntents: OfferedReading[] = ['log_visit', 'file_complaint'];

/** What the model may answer: the offered readings, one of the candidates by name, nothing else. */
export function modelAnswerSchema(candidates: string[]) {
  const [first, ...rest] = candidates;
  return z
    .object({
      intent: z.enum([...offeredReadings, 'unknown']),
      customer: first === undefined ? z.null() : z.enum([first, ...rest]).nullable(),
      contact: z
        .object({ name: z.string().min(1).max(100), title: z.string().max(100).nullable() })
        .strict()
        .nullable(),
      followUp: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullable(),
      summary: z.string().max(500).nullable(),
    })
    .strict();
}

/**
 * Asks the language model, when one is configured, how to read a message the rules were unsure of. It
 * sees the message and, as data, the few customers the message names that the asker may see. Its
 * answer is only offered: the clarifying card shows it and nothing runs until the person presses it.
 * Any failure (time-out, error, refusal, an answer outside the schema or the candidates) is null, and
 * the rules' own question is asked.
 */
export async function readWithModel(ctx: Ctx, draft: Draft): Promise<ModelReading | null> {
  const { llm } = ctx;
  if (!llm || !/\p{L}/u.test(draft.text)) return null;
  const sentAt = draft.sentAt ? new Date(draft.sentAt) : ctx.now();
  const candidates = await findReadingCandidates(ctx, draft);
  const names = [...new Set(candidates.map((customer) => customer.name))];
  const answer = await llm.extract({
    instructions,
    text: JSON.stringify({
      message: draft.text,
      sentAt: DateTime.fromJSDate(sentAt, { zone: ctx.timeZone }).toFormat('yyyy-MM-dd HH:mm cccc'),
      candidates: names,
    }),
    schema: modelAnswerSchema(names),
    schemaName: 'message_reading',
  });
  // The reason only: the message and the answer may hold customer details.
  const giveUp = (reason: string) => {
    ctx.log.warn({ reason, candidates: names.length }, 'model gave no reading: asking with the rules');
    return null;
  };
  if (answer.kind === 'failed') return giveUp(answer.reason);
  const { value } = answer;
  if (value.intent === 'unknown') return giveUp('unknown');
  const named = value.customer === null ? [] : candidates.filter((c) => c.name === value.customer);
  if (value.customer !== null && named.length === 0) return giveUp('invalid');
  const followUp = value.followUp === null ? null : readDateInput(value.followUp, sentAt, ctx.timeZone);
  if (value.followUp !== null && !followUp) return giveUp('invalid');

  const intent = value.intent;
  // The model named none: the one customer the rules found, when the asker may see it.
  const customer = named.length > 0 ? named : candidates.filter((c) => c.id === draft.customerId).slice(0, 1);
  const aboutCustomer = customerIntents.includes(intent) && customer.length > 0;
  const isVisit = visitIntents.includes(intent);
  // The rules read dates and times reliably; the model's day is used only where they found none.
  const rulesDate = draft.parse.followUpAt;
  const followUpAt = rulesDate ?? followUp?.at.toISOString() ?? null;
  return {
    model: answer.model,
    intent,
    customerId: aboutCustomer && customer.length === 1 ? customer[0]!.id : null,
    customer: aboutCustomer ? customer[0]!.name : null,
    contact: isVisit ? (value.contact ?? draft.parse.contact) : null,
    followUpAt: isVisit ? followUpAt : null,
    followUpHasTime: isVisit && rulesDate !== null ? draft.parse.followUpHasTime : false,
    summary: summaryIntents.includes(intent) ? (value.summary ?? null) : null,
  };
}

/**
 * The message read again as the model's intent, with what the card showed laid over it: the customer
 * it chose, its contact, follow-up and summary. Written under the model's name in the audit log.
 */
export function applyModelReading(
  parse: ParseResult,
  rulesCustomer: Pick<Draft, 'customerId' | 'customerIds'>,
  reading: ModelReading,
): Pick<Draft, 'parse' | 'customerId' | 'customerIds' | 'readBy'> {
  return {
    parse: {
      ...parse,
      ...(reading.customer !== null ? { customer: reading.customer } : {}),
      ...(reading.contact !== null ? { contact: reading.contact } : {}),
      ...(reading.summary !== null ? { summary: reading.summary } : {}),
      ...(reading.followUpAt !== null
        ? {
            followUpAt: reading.followUpAt,
            followUpHasTime: reading.followUpHasTime,
            followUpUnreadable: false,
          }
        : {}),
    },
    ...(reading.customerId !== null ? { customerId: reading.customerId } : rulesCustomer),
    readBy: writtenByModel(reading.model),
  };
}
