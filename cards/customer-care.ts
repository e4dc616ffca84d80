import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import type { Card } from './card.ts';
import { formatWhen } from './text.ts';

export interface CustomerCareView {
  locale: Locale;
  timeZone: string;
  /** Customers not contacted for longer than their grade allows, longest silence first… */
  quiet: { name: string; grade: string | null; lastContactAt: Date | null; days: number }[];
  /** …of this many in all. */
  quietTotal: number;
  /** Contacts whose birthday is tomorrow. */
  birthdays: { contact: string; customer: string }[];
}

/** 客户关怀: who to get in touch with today. */
export function customerCareCard(view: CustomerCareView): Card {
  const l = view.locale;
  const sections = [];
  if (view.quiet.length > 0) {
    const lines = view.quiet.map((customer) => {
      const last = customer.lastContactAt
        ? t(l, 'customerCare.lastContactLastcontactat', {
            lastContactAt: formatWhen(customer.lastContactAt, l, view.timeZone, false),
          })
        : t(l, 'customerCare.neverContacted');
      return `- ${customer.name}${customer.grade ? ` [${customer.grade}]` : ''} · ${t(l, 'customerCare.daysDays', { days: customer.days })} · ${last}`;
    });
    const more = view.quietTotal - view.quiet.length;
    if (more > 0) lines.push(t(l, 'customerCare.andMoreMore', { more }));
    sections.push({ text: `**${t(l, 'customerCare.dueForACall')}**\n${lines.join('\n')}` });
  }
  if (view.birthdays.length > 0) {
    const lines = view.birthdays.map((b) => `- ${b.contact} (${b.customer})`);
    sections.push({ text: `**${t(l, 'customerCare.birthdaysTomorrow')}**\n${lines.join('\n')}` });
  }
  return { tone: 'info', title: t(l, 'customerCare.customerCare'), sections, buttons: [] };
}
