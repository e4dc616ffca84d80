import { createInterface } from 'node:readline';
import { DateTime } from 'luxon';
import { customerFields } from '../core/handle-message.ts';
import { parseMessage } from '../core/parse/parse-message.ts';
import { lookUpCustomer } from '../core/resolve-customer.ts';
import { understandMessage } from '../core/understand/understand-message.ts';
import type { Db } from '../db/client.ts';
import type { Actor } from '../domain/people.ts';

export interface ParseCommand {
  now?: string;
  tz: string;
  text?: string;
  /** With --resolve: the database and the person the bot reads the text as. */
  resolve?: { db: Db; actor: Actor };
}

/**
 * `crm parse [--resolve [--as NAME]] [--now ISO] [--tz ZONE] [TEXT]`: one JSON object per text; stdin,
 * one text per line, without TEXT. Plain parse is the rules alone; --resolve runs the bot's own
 * understanding against the database and adds the customer it would act on.
 */
export async function runParse(options: ParseCommand): Promise<number> {
  if (!DateTime.local().setZone(options.tz).isValid) {
    console.error(`--tz: "${options.tz}" is not an IANA time zone such as Asia/Shanghai`);
    return 2;
  }
  const now = options.now ? new Date(options.now) : new Date();
  if (Number.isNaN(now.getTime())) {
    console.error(`--now: "${options.now}" is not an ISO date-time such as 2026-11-23T10:00:00+08:00`);
    return 2;
  }
  const { resolve } = options;
  const read = async (text: string): Promise<object> =>
    resolve
      ? resolveText(text, { ...resolve, now, timeZone: options.tz })
      : parseMessage(text, { now, timeZone: options.tz });
  if (options.text !== undefined) {
    console.log(JSON.stringify(await read(options.text)));
    return 0;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    console.log(JSON.stringify(await read(line)));
  }
  return 0;
}

/** What the bot would do with the text, without doing it: the parse, the customer, how sure it is. */
export async function resolveText(
  text: string,
  context: { db: Db; actor: Actor; now: Date; timeZone: string },
): Promise<object> {
  const understanding = await understandMessage(text.trim(), context);
  const { parse } = understanding;
  const lookup = await lookUpCustomer(context, {
    intent: parse.intent,
    text,
    source: 'cli:parse',
    parse,
    ...customerFields(understanding.customer),
  });
  // When the bot asks what the message means, the customer is already settled: every reading offered
  // is about it, so it is printed beside the readings.
  return {
    ...parse,
    resolvedCustomer: lookup.kind === 'existing' ? lookup.customer.name : null,
    candidates: lookup.kind === 'ask' ? lookup.candidates.map((candidate) => candidate.name) : [],
    confidence: understanding.confidence,
    ...(understanding.readings.length > 0 ? { readings: understanding.readings } : {}),
  };
}
