import type { BadMark } from '../src/domain/grading/bad-reason.ts';
import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import { customerWithWarning } from './bad-customer-warning.ts';
import type { Card } from './card.ts';
import { pick } from './text.ts';

export interface HandoverView {
  locale: Locale;
  from: string;
  byRules: boolean;
  /** Per new owner: how many customers, follow-ups and complaints they received. */
  recipients: {
    name: string;
    customers: { name: string; bad?: BadMark | null }[];
    followUps: number;
    complaints: number;
  }[];
}

const namesShown = 8;

/** 交接完成: who received what from the departing rep; each recipient also gets a push with the details. */
export function handoverCard(view: HandoverView): Card {
  const l = view.locale;
  const total = view.recipients.reduce((sum, r) => sum + r.customers.length, 0);
  const lines = view.recipients.map((r) => {
    // Flagged customers first, so the names cut off are never the ones with a warning.
    const names = [...r.customers]
      .sort((a, b) => Number(Boolean(b.bad)) - Number(Boolean(a.bad)))
      .slice(0, namesShown)
      .map((c) => customerWithWarning(l, c.name, c.bad))
      .join(t(l, 'list.separator'));
    const more = r.customers.length > namesShown ? t(l, 'handover.text2') : '';
    return t(l, 'handover.nameCustomerscountCustomersNames', {
      name: r.name,
      customersCount: r.customers.length,
      names,
      more,
      followUps: r.followUps,
      complaints: r.complaints,
    });
  });
  return {
    tone: 'success',
    title: pick(
      l,
      `已交接 ${view.from} 的 ${total} 家客户${view.byRules ? '（按分配规则）' : ''}`,
      `Handed over ${view.from}'s ${total} customers${view.byRules ? ' (by the assignment rules)' : ''}`,
    ),
    sections: [{ text: lines.join('\n') }, { text: t(l, 'handover.eachNewOwnerHas') }],
    buttons: [],
  };
}
