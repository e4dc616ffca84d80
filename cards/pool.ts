import type { BadMark } from '../src/domain/grading/bad-reason.ts';
import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import { customerWithWarning } from './bad-customer-warning.ts';
import type { Button, Card } from './card.ts';
import { formatWhen, pick } from './text.ts';

export interface PoolView {
  locale: Locale;
  timeZone: string;
  query: string | null;
  items: {
    id: number;
    name: string;
    grade: string | null;
    region: string | null;
    industry: string | null;
    status: string;
    /** Set when the customer is flagged bad: the line carries the warning. */
    bad?: BadMark | null;
    inPoolSince: Date | null;
    formerOwner: string | null;
  }[];
  total: number;
  /** How many more the person may claim today; null when they may not claim at all (service staff). */
  claimsLeft: number | null;
}

const withButtons = 5;

/** 公海: unowned customers anyone in sales may claim, latest returns first, with a Claim button each. */
export function poolCard(view: PoolView): Card {
  const l = view.locale;
  const lines = view.items.map((item) => {
    const traits = [item.grade, item.region, item.industry].filter(Boolean).join(' · ');
    const since = item.inPoolSince
      ? pick(
          l,
          `${formatWhen(item.inPoolSince, l, view.timeZone, false)} 退回${item.formerOwner ? `（原负责人 ${item.formerOwner}）` : ''}`,
          `back since ${formatWhen(item.inPoolSince, l, view.timeZone, false)}${item.formerOwner ? ` (was ${item.formerOwner})` : ''}`,
        )
      : t(l, 'pool.neverAssigned');
    return `- ${customerWithWarning(l, item.name, item.bad)}${traits ? ` [${traits}]` : ''} · ${since}`;
  });
  if (view.total > view.items.length) lines.push(t(l, 'pool.totalInAllSend', { total: view.total }));
  const empty = view.query
    ? t(l, 'pool.noCustomerInThe', { query: view.query })
    : t(l, 'pool.thePoolIsEmpty');
  const limit =
    view.claimsLeft === null
      ? []
      : [
          {
            text: t(l, 'pool.youCanClaimClaimsleft', { claimsLeft: view.claimsLeft }),
          },
        ];
  const buttons: Button[] =
    view.claimsLeft === 0 || view.claimsLeft === null
      ? []
      : view.items.slice(0, withButtons).map((item) => ({
          label: t(l, 'pool.claimName', { name: item.name }),
          action: 'pool.claim',
          payload: { customerId: item.id },
        }));
  return {
    tone: 'info',
    title: view.query
      ? t(l, 'pool.poolSearchQuery', { query: view.query })
      : t(l, 'pool.publicPoolTotal', { total: view.total }),
    sections: [{ text: lines.length > 0 ? lines.join('\n') : empty }, ...limit],
    buttons,
  };
}
