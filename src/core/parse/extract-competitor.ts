import { type NameReading, readNameAt } from './read-name.ts';
import type { Span } from './text-span.ts';

// Well-known CRM vendors, Latin ones with the spelling we report.
const latinVendors = [
  'Microsoft Dynamics',
  'Dynamics 365',
  'Salesforce',
  'HubSpot',
  'Zoho',
  'SAP',
  'Oracle',
  'Pipedrive',
];
const chineseVendors = ['纷享销客', '销售易', '用友', '金蝶', '钉钉', '企业微信', '悟空CRM', '励销云'];

const cueBefore =
  /(?:竞品|竞争对手|对手)(?:是|为|有|:|=)?\s*|(?:正在用|在用|用的是|目前用|现在用|还在用)\s*|\b(?:competitors? (?:is|are|include)|competitors?:?|also talking to|evaluating|currently using|also considering|considering|switching from|using|quote from)\s+/gi;
const cueAfter = /也在报价|也在跟|也在谈|也在接触|也报价了|也来了|在报价/g;

/**
 * A competitor named with a cue (竞品是销售易, 金蝶也在报价, 在用用友, also talking to HubSpot) or, failing
 * that, a well-known vendor named anywhere. The customer's own name is skipped, so a customer called
 * Oracle is not its own competitor. Chinese names keep the script the person wrote.
 */
export function extractCompetitor(match: string, original: string, customer: Span | null): string | null {
  const reading: NameReading = { stops: customer ? [customer] : [], loose: false };
  for (const hit of match.matchAll(cueBefore)) {
    const name = readNameAt(match, hit.index + hit[0].length, reading);
    // 在用户现场 is "at the user's site", not "uses 户现场".
    const isWord = name && !/^户/.test(match.slice(name.start));
    if (name && isWord && !isCustomer(name, customer)) return pickName(match, original, name);
  }
  for (const hit of match.matchAll(cueAfter)) {
    const name = findNameBefore(match, hit.index);
    if (name && !isCustomer(name, customer)) return pickName(match, original, name);
  }
  return findVendor(match, original, { start: 0, end: match.length }, customer);
}

/** A known vendor inside the name the cue pointed at, else the name itself. */
function pickName(match: string, original: string, name: Span): string {
  return findVendor(match, original, name, null) ?? original.slice(name.start, name.end);
}

function findVendor(match: string, original: string, within: Span, customer: Span | null): string | null {
  const text = match.slice(within.start, within.end);
  for (const vendor of latinVendors) {
    const hit = new RegExp(`\\b${vendor}\\b`, 'i').exec(text);
    const span = hit
      ? { start: within.start + hit.index, end: within.start + hit.index + vendor.length }
      : null;
    if (span && !isCustomer(span, customer)) return vendor;
  }
  for (const vendor of chineseVendors) {
    const at = text.indexOf(vendor);
    const span = { start: within.start + at, end: within.start + at + vendor.length };
    if (at >= 0 && !isCustomer(span, customer)) return original.slice(span.start, span.end);
  }
  return null;
}

/** The word right before 也在报价: 据说金蝶也在报价 → 金蝶. */
function findNameBefore(match: string, cueAt: number): Span | null {
  const end = match.slice(0, cueAt).trimEnd().length;
  const word = /[\u4e00-\u9fffA-Za-z0-9]{1,20}$/.exec(match.slice(0, end))?.[0];
  if (!word) return null;
  const lead =
    /^(?:.*(?:说|表示|提到|发现|知道|觉得|看到))?(?:但是|但|而且|另外|竞品|对手)?/.exec(word)?.[0].length ??
    0;
  return word.length > lead ? { start: end - word.length + lead, end } : null;
}

function isCustomer(name: Span, customer: Span | null): boolean {
  return customer !== null && name.start < customer.end && customer.start < name.end;
}
