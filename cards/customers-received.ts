import type { BadMark } from '../src/domain/grading/bad-reason.ts';
import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import { customerWithWarning } from './bad-customer-warning.ts';
import type { Card } from './card.ts';
import { severityLabel } from './complaint-labels.ts';
import { formatWhen } from './text.ts';

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
    text: `**${heading}**\n${lines.slice(0, shown).join('\n')}${lines.length > shown ? t(l, 'customersReceived.andValueMore', { value: lines.length - shown }) : ''}`,
  });
  const sections = [
    list(
      t(l, 'customersReceived.customers'),
      // Flagged customers first: the list is cut at 15 and the warning must not be.
      [...view.customers]
        .sort((a, b) => Number(Boolean(b.bad)) - Number(Boolean(a.bad)))
        .map((c) => `- ${customerWithWarning(l, c.name, c.bad)}`),
    ),
  ];
  if (view.followUps.length > 0)
    sections.push(
      list(
        t(l, 'customersReceived.followUpsNowYours'),
        view.followUps.map(
          (f) => `- #${f.id} ${formatWhen(f.dueAt, l, view.timeZone, f.hasTime)} ${f.customer}: ${f.title}`,
        ),
      ),
    );
  if (view.complaints.length > 0)
    sections.push(
      list(
        t(l, 'customersReceived.openComplaints'),
        view.complaints.map(
          (c) =>
            `- #${c.id} [${severityLabel(c.severity, l)}] ${c.customer}: ${c.description}${c.moved ? t(l, 'customersReceived.yoursToHandle') : ''}`,
        ),
      ),
    );
  const count = view.customers.length;
  return {
    tone: 'info',
    title: view.from
      ? t(l, 'customersReceived.youNowOwnCount', { from: view.from, count })
      : t(l, 'customersReceived.youNowOwnCount2', { count }),
    sections,
    buttons: [],
    footer: t(l, 'customersReceived.arrangedByBy', { by: view.by }),
  };
}
