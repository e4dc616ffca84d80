import type { Locale } from '../src/domain/people.ts';
import type { ComplaintCategory, Severity } from '../src/domain/vocabulary.ts';
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
      label: pick(l, '记录拜访', 'Log a visit'),
      action: 'visit.log',
      payload: {},
      style: 'primary',
      inputs: [
        {
          id: 'text',
          kind: 'textarea',
          label: pick(
            l,
            '拜访内容（客户、联系人、下次跟进）',
            'What happened (customer, contact, next follow-up)',
          ),
          placeholder: pick(
            l,
            '华为 今天和张总聊了报价，下周二跟进',
            'Acme: met CTO Zhang, they want a quote, follow up next Tuesday',
          ),
          required: true,
        },
      ],
    },
    { label: pick(l, '我的跟进', 'My follow-ups'), action: 'follow_up.list', payload: {} },
    { label: pick(l, '帮助', 'Help'), action: 'help.show', payload: {} },
    { label: pick(l, '刷新', 'Refresh'), action: 'home.show', payload: {} },
    ...view.followUps.items.slice(0, doneButtons).map(
      (item): Button => ({
        label: pick(l, `完成 #${item.id}`, `Done #${item.id}`),
        action: 'follow_up.done',
        payload: { followUpId: item.id },
      }),
    ),
  ];
  return {
    key: 'home',
    tone: 'info',
    title: pick(l, '我的主页', 'My day'),
    sections,
    buttons,
    footer: pick(
      l,
      `更新于 ${formatWhen(view.now, l, view.timeZone)}`,
      `Updated ${formatWhen(view.now, l, view.timeZone)}`,
    ),
  };
}

function followUpSection(view: HomeView): Section {
  const l = view.locale;
  const { items, total } = view.followUps;
  const heading = `**${pick(l, `今天和逾期的跟进（${total}）`, `Follow-ups due today or overdue (${total})`)}**`;
  if (items.length === 0) return { text: `${heading}\n${pick(l, '没有待办的跟进 🎉', 'Nothing due 🎉')}` };
  const lines = items.map((item) => {
    const overdue = item.dueAt < view.now ? pick(l, ' ⚠️逾期', ' ⚠️overdue') : '';
    return `- **#${item.id}** ${formatWhen(item.dueAt, l, view.timeZone, item.hasTime)}${overdue} · ${customerWithWarning(l, item.customer, item.customerBad)} · ${item.title}`;
  });
  if (total > items.length)
    lines.push(pick(l, `……还有 ${total - items.length} 条`, `…and ${total - items.length} more`));
  return { text: `${heading}\n${lines.join('\n')}` };
}

/** The person's open complaints, soonest due first: on the home card and on its own (Feishu's menu). */
export function complaintSection(
  view: Pick<HomeView, 'locale' | 'timeZone' | 'now'>,
  complaints: NonNullable<HomeView['complaints']>,
): Section {
  const l = view.locale;
  const heading = `**${pick(l, `我的未结客诉（${complaints.total}）`, `My open complaints (${complaints.total})`)}**`;
  if (complaints.items.length === 0) return { text: `${heading}\n${pick(l, '没有未结的客诉', 'None open')}` };
  const lines = complaints.items.map((c) => {
    const late = c.dueAt < view.now ? pick(l, ' ⚠️超时', ' ⚠️late') : '';
    const [category, severity] = [categoryLabels[c.category], severityLabels[c.severity]];
    return `- **#${c.id}** ${c.customer} · ${pick(l, category[0], category[1])} · ${pick(l, severity[0], severity[1])} · ${pick(l, '应解决', 'due')} ${formatWhen(c.dueAt, l, view.timeZone)}${late}`;
  });
  const more = complaints.total - complaints.items.length;
  if (more > 0) lines.push(pick(l, `……还有 ${more} 条`, `…and ${more} more`));
  return { text: `${heading}\n${lines.join('\n')}` };
}

function quietSection(view: HomeView): Section {
  const l = view.locale;
  const { items, total } = view.quiet;
  const heading = `**${pick(l, `该联系的客户（${total}）`, `Customers due for a call (${total})`)}**`;
  if (items.length === 0) return { text: `${heading}\n${pick(l, '都联系过了 👍', 'All in touch 👍')}` };
  const lines = items.map((c) => {
    const grade = c.grade ? ` [${c.grade}]` : '';
    return `- ${c.name}${grade} · ${pick(l, `${c.days} 天未联系`, `${c.days} days`)}`;
  });
  if (total > items.length)
    lines.push(pick(l, `……还有 ${total - items.length} 家`, `…and ${total - items.length} more`));
  return { text: `${heading}\n${lines.join('\n')}` };
}
