import { DateTime } from 'luxon';
import { demoCustomers, demoPeople } from '../../src/cli/demo-data.ts';
import { intents, severities } from '../../src/core/parse/parse-result.ts';

/** The clock a corpus line is read against unless it says otherwise: a Thursday morning in Shanghai. */
export const defaultNow = '2026-12-03T10:00:00+08:00';
export const defaultAs = '张伟';
export const corpusTimeZone = 'Asia/Shanghai';

// `small_talk` is being added to the parser alongside this corpus; the corpus may name it first.
const knownIntents = new Set<string>([...intents, 'small_talk']);
const knownSeverities = new Set<string>(severities);
const people = new Map(demoPeople.map((person) => [person.name as string, person]));
const ownerKeyByCustomer = new Map(demoCustomers.map(([name, owner]) => [name, owner]));
const labelKeys = new Set(['text', 'as', 'now', 'intent', 'customer', 'contact', 'followUpDay', 'severity']);

/** One labelled message: what a competent colleague would understand from `text`, sent by `as` at `now`. */
export interface CorpusEntry {
  line: number;
  text: string;
  as: string;
  now: string;
  intent: string;
  /** Full demo-data name the bot should act on; null: no existing customer; absent: not scored. */
  customer?: string | null;
  contact?: string | null;
  /** YYYY-MM-DD in Asia/Shanghai. */
  followUpDay?: string | null;
  severity?: string | null;
}

/** Reads corpus.jsonl; every problem names its line, so a bad label is fixed where it is written. */
export function readCorpus(jsonl: string): { entries: CorpusEntry[]; problems: string[] } {
  const entries: CorpusEntry[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  jsonl.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push(`line ${line}: not JSON`);
      return;
    }
    const found = checkEntry(value, line);
    if (typeof found === 'string') {
      problems.push(`line ${line}: ${found}`);
      return;
    }
    const earlier = seen.get(found.text);
    if (earlier !== undefined) problems.push(`line ${line}: the same text as line ${earlier}`);
    seen.set(found.text, line);
    entries.push(found);
  });
  return { entries, problems };
}

function checkEntry(value: unknown, line: number): CorpusEntry | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const record = value as Record<string, unknown>;
  const foreign = Object.keys(record).filter((key) => !labelKeys.has(key));
  if (foreign.length > 0) return `unknown key ${foreign.join(', ')}`;
  const { text, intent, customer, contact, followUpDay, severity } = record;
  const as = record.as ?? defaultAs;
  const now = record.now ?? defaultNow;
  if (typeof text !== 'string' || text.trim() === '' || /[\r\n]/.test(text)) return 'text must be one line';
  if (typeof intent !== 'string' || !knownIntents.has(intent)) return `unknown intent ${String(intent)}`;
  if (typeof as !== 'string' || !people.has(as)) return `"as" ${String(as)} is not a demo person`;
  if (
    typeof now !== 'string' ||
    !DateTime.fromISO(now, { setZone: true }).isValid ||
    !/[+-]\d\d:\d\d$/.test(now)
  )
    return `"now" ${String(now)} is not an ISO date-time with an offset`;
  if (customer !== undefined && customer !== null) {
    if (typeof customer !== 'string' || !ownerKeyByCustomer.has(customer))
      return `customer ${String(customer)} is not a demo customer's full name`;
    const problem = permissionProblem(as, customer);
    if (problem) return problem;
  }
  if (contact !== undefined && contact !== null && (typeof contact !== 'string' || contact.trim() === ''))
    return 'contact must be a name or null';
  if (followUpDay !== undefined && followUpDay !== null && !isCalendarDay(followUpDay))
    return `followUpDay ${String(followUpDay)} is not a YYYY-MM-DD day`;
  if ((intent === 'file_complaint') !== (severity !== undefined))
    return 'severity is labelled on every file_complaint line and on no other';
  if (severity !== undefined && severity !== null && !knownSeverities.has(String(severity)))
    return `severity ${String(severity)} is not one of ${severities.join(', ')}`;
  return {
    line,
    text,
    as,
    now,
    intent,
    ...(customer !== undefined ? { customer: customer as string | null } : {}),
    ...(contact !== undefined ? { contact: contact as string | null } : {}),
    ...(followUpDay !== undefined ? { followUpDay: followUpDay as string | null } : {}),
    ...(severity !== undefined ? { severity: severity as string | null } : {}),
  };
}

/** A message about a customer is sent by someone who may act on it: its owner, the manager, or anyone for the pool. */
function permissionProblem(as: string, customer: string): string | null {
  const person = people.get(as)!;
  const owner = ownerKeyByCustomer.get(customer);
  if (owner === null || person.role === 'manager' || person.role === 'admin' || person.key === owner)
    return null;
  return `${as} may not act on ${customer} (its owner is ${demoPeople.find((p) => p.key === owner)?.name})`;
}

function isCalendarDay(value: unknown): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid;
}
