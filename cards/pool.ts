import type { BadMark } from '../src/domain/grading/bad-reason.ts';
import type { Locale } from '../src/domain/people.ts';
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
      : pick(l, '从未分配', 'never assigned');
    return `- ${customerWithWarning(l, item.name, item.bad)}${traits ? ` [${traits}]` : ''} · ${since}`;
  });
  if (view.total > view.items.length)
    lines.push(
      pick(
        l,
        `……共 ${view.total} 家，可发「公海 关键词」搜索`,
        `…${view.total} in all; send "pool search NAME"`,
      ),
    );
  const empty = view.query
    ? pick(l, `公海里没有与「${view.query}」相关的客户。`, `No customer in the pool matches "${view.query}".`)
    : pick(l, '公海里暂时没有客户。', 'The pool is empty.');
  const limit =
    view.claimsLeft === null
      ? []
      : [
          {
            text: pick(
              l,
              `今天还可领取 ${view.claimsLeft} 家。`,
              `You can claim ${view.claimsLeft} more today.`,
            ),
          },
        ];
  const buttons: Button[] =
    view.claimsLeft === 0 || view.claimsLeft === null
      ? []
      : view.items.slice(0, withButtons).map((item) => ({
          label: pick(l, `领取 ${item.name}`, `Claim ${item.name}`),
          action: 'pool.claim',
          payload: { customerId: item.id },
        }));
  return {
    tone: 'info',
    title: view.query
      ? pick(l, `公海搜索：${view.query}`, `Pool search: ${view.query}`)
      : pick(l, `公海客户（${view.total}）`, `Public pool (${view.total})`),
    sections: [{ text: lines.length > 0 ? lines.join('\n') : empty }, ...limit],
    buttons,
  };
}
