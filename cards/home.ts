import type { Locale } from '../src/domain/people.ts';
import type { ComplaintCategory, Severity } from '../src/domain/vocabulary.ts';
import { t } from '../src/i18n/t.ts';
import { customerWithWarning } from './bad-customer-warning.ts';
import type { Button, Card, Section } from './card.ts';
import { categoryLabels, severityLabels } from './complaint-labels.ts';
import type { FollowUpItem } from './follow-up-item.ts';
import { formatWhen, pick } from './text.ts';

export interface HomeView {
  locale: Locale;
  timeZone: string;
  now: Date;
  /** Open follow-ups due today or overdue, soonest first, and how many there are in all. */
  followUps: { items: FollowUpItem[]; total: number };
  /** Open complaints the person owns; null when the person does not handle complaints. */
  complaints: {
    items: { id: number; customer: string; category: ComplaintCategory; severity: Severity; dueAt: Date }[];
    total: number;
  } | null;
  /** The person's customers gone quiet for longer than their grade allows, longest silence first. */
  quiet: { items: { name: string; grade: string | null; days: number }[]; total: number };
}

/** How many follow-ups get a Done button of their own: the rest are on the list. */
const doneButtons = 5;

/** 我的主页: what a person has on today, and the common actions, in one card (Slack's App Home). */
export function homeCard(view: HomeView): Card {
  const l = view.locale;
  const sections: Section[] = [followUpSection(view)];
  if (view.complaints) sections.push(complaintSection(view, view.complaints));
  sections.push(quietSection(view));
  const buttons: Button[] = [
    {
      label: t(l, 'home.logAVisit'),
      action: 'visit.log',
      payload: {},
      style: 'primary',
      inputs: [
        {
          id: 'text',
          kind: 'textarea',
          label: t(l, 'home.whatHappenedCustomerContact'),
          placeholder: t(l, 'home.acmeMetCtoZhang'),
          required: true,
        },
      ],
    },
    { label: t(l, 'home.myFollowUps'), action: 'follow_up.list', payload: {} },
    { label: t(l, 'home.help'), action: 'help.show', payload: {} },
    { label: t(l, 'home.refresh'), action: 'home.show', payload: {} },
    ...view.followUps.items.slice(0, doneButtons).map(
      (item): Button => ({
        label: t(l, 'home.doneId', { id: item.id }),
        action: 'follow_up.done',
        payload: { followUpId: item.id },
      }),
    ),
  ];
  return {
    key: 'home',
    tone: 'info',
    title: t(l, 'home.myDay'),
    sections,
    buttons,
    footer: t(l, 'home.updatedNow', { now: formatWhen(view.now, l, view.timeZone) }),
  };
}

function followUpSection(view: HomeView): Section {
  const l = view.locale;
  const { items, total } = view.followUps;
  const heading = `**${t(l, 'home.followUpsDueToday', { total })}**`;
  if (items.length === 0) return { text: `${heading}\n${t(l, 'home.nothingDue')}` };
  const lines = items.map((item) => {
    const overdue = item.dueAt < view.now ? t(l, 'home.overdue') : '';
    return `- **#${item.id}** ${formatWhen(item.dueAt, l, view.timeZone, item.hasTime)}${overdue} · ${customerWithWarning(l, item.customer, item.customerBad)} · ${item.title}`;
  });
  if (total > items.length) lines.push(t(l, 'home.andValueMore', { value: total - items.length }));
  return { text: `${heading}\n${lines.join('\n')}` };
}

/** The person's open complaints, soonest due first: on the home card and on its own (Feishu's menu). */
export function complaintSection(
  view: Pick<HomeView, 'locale' | 'timeZone' | 'now'>,
  complaints: NonNullable<HomeView['complaints']>,
): Section {
  const l = view.locale;
  const heading = `**${t(l, 'home.myOpenComplaintsTotal', { total: complaints.total })}**`;
  if (complaints.items.length === 0) return { text: `${heading}\n${t(l, 'home.noneOpen')}` };
  const lines = complaints.items.map((c) => {
    const late = c.dueAt < view.now ? t(l, 'home.late') : '';
    const [category, severity] = [categoryLabels[c.category], severityLabels[c.severity]];
    return `- **#${c.id}** ${c.customer} · ${pick(l, category[0], category[1])} · ${pick(l, severity[0], severity[1])} · ${t(l, 'home.due')} ${formatWhen(c.dueAt, l, view.timeZone)}${late}`;
  });
  const more = complaints.total - complaints.items.length;
  if (more > 0) lines.push(t(l, 'home.andMoreMore', { more }));
  return { text: `${heading}\n${lines.join('\n')}` };
}

function quietSection(view: HomeView): Section {
  const l = view.locale;
  const { items, total } = view.quiet;
  const heading = `**${t(l, 'home.customersDueForA', { total })}**`;
  if (items.length === 0) return { text: `${heading}\n${t(l, 'home.allInTouch')}` };
  const lines = items.map((c) => {
    const grade = c.grade ? ` [${c.grade}]` : '';
    return `- ${c.name}${grade} · ${t(l, 'home.daysDays', { days: c.days })}`;
  });
  if (total > items.length) lines.push(t(l, 'home.andValueMore2', { value: total - items.length }));
  return { text: `${heading}\n${lines.join('\n')}` };
}
