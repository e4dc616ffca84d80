import { decodeBadReason } from '../src/domain/grading/bad-reason.ts';
import type { Locale } from '../src/domain/people.ts';
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
  if (!decoded) return pick(locale, '⚠️ 不良客户', '⚠️ Bad customer');
  const [zh, en] = reasonLabels[decoded.reason];
  const note = decoded.note ? pick(locale, `：${decoded.note}`, `: ${decoded.note}`) : '';
  return pick(locale, `⚠️ 不良客户（${zh}）${note}`, `⚠️ Bad customer (${en})${note}`);
}
