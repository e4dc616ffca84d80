import type { Locale } from '../src/domain/people.ts';
import type { Card } from './card.ts';
import { formatWhen, pick } from './text.ts';

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
        ? pick(
            l,
            `上次联系 ${formatWhen(customer.lastContactAt, l, view.timeZone, false)}`,
            `last contact ${formatWhen(customer.lastContactAt, l, view.timeZone, false)}`,
          )
        : pick(l, '从未联系', 'never contacted');
      return `- ${customer.name}${customer.grade ? ` [${customer.grade}]` : ''} · ${pick(l, `${customer.days} 天未联系`, `${customer.days} days`)} · ${last}`;
    });
    const more = view.quietTotal - view.quiet.length;
    if (more > 0) lines.push(pick(l, `……还有 ${more} 家`, `…and ${more} more`));
    sections.push({ text: `**${pick(l, '该联系了', 'Due for a call')}**\n${lines.join('\n')}` });
  }
  if (view.birthdays.length > 0) {
    const lines = view.birthdays.map((b) => `- ${b.contact} (${b.customer})`);
    sections.push({ text: `**${pick(l, '明天生日 🎂', 'Birthdays tomorrow 🎂')}**\n${lines.join('\n')}` });
  }
  return { tone: 'info', title: pick(l, '客户关怀提醒', 'Customer care'), sections, buttons: [] };
}
