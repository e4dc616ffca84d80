import { type BadMark, decodeBadReason } from '../src/domain/grading/bad-reason.ts';
import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import { pick } from './text.ts';

const reasonLabels = {
  no_business: ['一年无成交无拜访', 'no sale or visit for a year'],
  arrears: ['欠款', 'arrears'],
  manual: ['人工标记', 'flagged by hand'],
} as const;

/**
 * The warning a bad customer (不良客户) carries wherever it is shown: the profile, the choose-customer
 * list, the visit, complaint and sale cards, the pool. With the stored reason when there is one.
 */
export function badCustomerWarning(locale: Locale, storedReason: string | null = null): string {
  const decoded = decodeBadReason(storedReason);
  if (!decoded) return t(locale, 'badCustomerWarning.badCustomer');
  const [zh, en] = reasonLabels[decoded.reason];
  const note = decoded.note ? t(locale, 'badCustomerWarning.note', { note: decoded.note }) : '';
  return pick(locale, `⚠️ 不良客户（${zh}）${note}`, `⚠️ Bad customer (${en})${note}`);
}

/** The reason alone, as a label: 「欠款：长期拖欠」, "arrears". Empty when nothing is stored. */
export function badReasonLabel(locale: Locale, storedReason: string | null): string {
  const decoded = decodeBadReason(storedReason);
  if (!decoded) return '';
  const [zh, en] = reasonLabels[decoded.reason];
  const note = decoded.note ? t(locale, 'badCustomerWarning.note', { note: decoded.note }) : '';
  return pick(locale, `${zh}${note}`, `${en}${note}`);
}

const noteShown = 30;

/**
 * A customer's name as list lines show it: 「华为技术 ⚠️ 不良客户（欠款）」 when flagged, the bare
 * name otherwise; a long note is cut, the list is not the place for it. Every card that lists
 * customers (follow-ups, digests, handovers, grade changes, duplicates, the pool, the choice of
 * customers) goes through here, so a flagged customer is never listed without its warning.
 */
export function customerWithWarning(locale: Locale, name: string, bad: BadMark | null | undefined): string {
  return bad ? `${name} ${badCustomerTag(locale, bad)}` : name;
}

/** The warning alone as a list shows it, with a long note cut: for lines that put it after other facts. */
export function badCustomerTag(locale: Locale, bad: BadMark): string {
  const decoded = decodeBadReason(bad.reason);
  const note = decoded?.note;
  const short = note && note.length > noteShown ? `${note.slice(0, noteShown)}…` : note;
  return badCustomerWarning(locale, decoded ? `${decoded.reason}${short ? `: ${short}` : ''}` : null);
}
