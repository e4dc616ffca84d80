import type { BadMark } from '../src/domain/grading/bad-reason.ts';
import type { Locale } from '../src/domain/people.ts';
import { customerWithWarning } from './bad-customer-warning.ts';
import type { Card } from './card.ts';
import { severityLabel } from './complaint-labels.ts';
import { formatWhen, pick } from './text.ts';

export interface CustomersReceivedView {
  locale: Locale;
  timeZone: string;
  /** Who they came from (a departing colleague) or null when they came from the pool or the rules. */
  from: string | null;
  by: string;
  /** `bad` is set for a customer flagged bad: the new owner sees the warning. */
  customers: { name: string; bad?: BadMark | null }[];
  followUps: { id: number; title: string; dueAt: Date; hasTime: boolean; customer: string }[];
  complaints: { id: number; description: string; severity: string; customer: string; moved: boolean }[];
}

const shown = 15;

/** Pushed to a new owner: the customers they now own, with the open follow-ups and complaints that came along. */
export function customersReceivedCard(view: CustomersReceivedView): Card {
  const l = view.locale;
  const list = (heading: string, lines: string[]) => ({
    text: `**${heading}**\n${lines.slice(0, shown).join('\n')}${lines.length > shown ? pick(l, `\n……还有 ${lines.length - shown} 条`, `\n…and ${lines.length - shown} more`) : ''}`,
  });
  const sections = [
    list(
      pick(l, '客户', 'Customers'),
      // Flagged customers first: the list is cut at 15 and the warning must not be.
      [...view.customers]
        .sort((a, b) => Number(Boolean(b.bad)) - Number(Boolean(a.bad)))
        .map((c) => `- ${customerWithWarning(l, c.name, c.bad)}`),
    ),
  ];
  if (view.followUps.length > 0)
    sections.push(
      list(
        pick(l, '转给你的跟进', 'Follow-ups now yours'),
        view.followUps.map(
          (f) => `- #${f.id} ${formatWhen(f.dueAt, l, view.timeZone, f.hasTime)} ${f.customer}: ${f.title}`,
        ),
      ),
    );
  if (view.complaints.length > 0)
    sections.push(
      list(
        pick(l, '未结客诉', 'Open complaints'),
        view.complaints.map(
          (c) =>
            `- #${c.id} [${severityLabel(c.severity, l)}] ${c.customer}: ${c.description}${c.moved ? pick(l, '（由你处理）', ' (yours to handle)') : ''}`,
        ),
      ),
    );
  const count = view.customers.length;
  return {
    tone: 'info',
    title: view.from
      ? pick(
          l,
          `你接手了 ${view.from} 的 ${count} 家客户`,
          `You now own ${count} of ${view.from}'s customers`,
        )
      : pick(l, `你新负责 ${count} 家客户`, `You now own ${count} more customers`),
    sections,
    buttons: [],
    footer: pick(l, `由 ${view.by} 安排`, `Arranged by ${view.by}`),
  };
}
