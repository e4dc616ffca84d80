import { createInterface } from 'node:readline';
import { DateTime } from 'luxon';
import { parseMessage } from '../core/parse/parse-message.ts';

/** `crm parse [--now ISO] [--tz ZONE] [TEXT]`: one JSON object per text; stdin, one text per line, without TEXT. */
export async function runParse(options: { now?: string; tz: string; text?: string }): Promise<number> {
  if (!DateTime.local().setZone(options.tz).isValid) {
    console.error(`--tz: "${options.tz}" is not an IANA time zone such as Asia/Shanghai`);
    return 2;
  }
  const now = options.now ? new Date(options.now) : new Date();
  if (Number.isNaN(now.getTime())) {
    console.error(`--now: "${options.now}" is not an ISO date-time such as 2026-11-23T10:00:00+08:00`);
    return 2;
  }
  const print = (text: string) =>
    console.log(JSON.stringify(parseMessage(text, { now, timeZone: options.tz })));
  if (options.text !== undefined) {
    print(options.text);
    return 0;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    print(line);
  }
  return 0;
}
