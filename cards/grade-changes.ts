import type { BadMark } from '../src/domain/grading/bad-reason.ts';
import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import { customerWithWarning } from './bad-customer-warning.ts';
import type { Card } from './card.ts';
import { formatMoney } from './format-money.ts';
import { listLines } from './list-lines.ts';

export interface GradeChange {
  customer: string;
  /** Set when the customer is flagged bad: the line carries the warning. */
  customerBad?: BadMark | null;
  owner: string;
  from: string | null;
  to: string;
  direction: 'up' | 'down' | 'new';
  trailingCents: number;
}

export interface GradeChangesView {
  locale: Locale;
  changes: GradeChange[];
}

const shown = 30;
const arrow = { up: '↑', down: '↓', new: '•' } as const;
const order = { up: 0, down: 1, new: 2 } as const;

/** The manager's morning list of their team's grade changes, ↑ first, as teams keep it in Excel. */
export function gradeChangesCard(view: GradeChangesView): Card {
  const l = view.locale;
  const sorted = [...view.changes].sort(
    (a, b) => order[a.direction] - order[b.direction] || b.trailingCents - a.trailingCents,
  );
  const lines = listLines(
    sorted,
    shown,
    l,
    (c) =>
      `- ${arrow[c.direction]} ${customerWithWarning(l, c.customer, c.customerBad)} ${c.from ?? '—'} → ${c.to}${t(l, 'gradeChanges.ownerLastMonthsTrailingcents', { owner: c.owner, trailingCents: formatMoney(c.trailingCents, l) })}`,
  );
  const ups = view.changes.filter((c) => c.direction === 'up').length;
  const downs = view.changes.filter((c) => c.direction === 'down').length;
  return {
    tone: downs > 0 ? 'warning' : 'info',
    title: t(l, 'gradeChanges.gradeChangesUpsDowns', { ups, downs }),
    sections: [
      { text: lines.join('\n') },
      {
        text: t(l, 'gradeChanges.gradesFollowTheLast'),
      },
    ],
    buttons: [],
  };
}
