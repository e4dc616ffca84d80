import type { Locale } from '../src/domain/people.ts';
import type { Card, Field } from './card.ts';
import { formatWhen, pick } from './text.ts';

export interface CustomerProfileView {
  locale: Locale;
  timeZone: string;
  headline?: 'created';
  customer: {
    id: number;
    name: string;
    aliases: string[];
    region: string | null;
    industry: string | null;
    grade: string | null;
    status: string;
    owner: string | null;
    lastContactAt: Date | null;
  };
  contacts: { name: string; title: string | null }[];
  recentVisits: { occurredAt: Date; author: string; summary: string }[];
  openFollowUps: { id: number; dueAt: Date; hasTime: boolean; title: string; assignee: string }[];
  openComplaints: { id: number; severity: string; status: string; description: string }[];
}

const shown = 5;

export function customerProfileCard(view: CustomerProfileView): Card {
  const l = view.locale;
  const c = view.customer;
  const when = (date: Date, withTime = true) => formatWhen(date, l, view.timeZone, withTime);
  const fields: Field[] = [
    { label: pick(l, '负责人', 'Owner'), value: c.owner ?? pick(l, '公海（无人负责）', 'unowned (pool)') },
    { label: pick(l, '等级', 'Grade'), value: c.grade ?? '—' },
    {
      label: pick(l, '最近联系', 'Last contact'),
      value: c.lastContactAt ? when(c.lastContactAt) : pick(l, '从未', 'never'),
    },
  ];
  if (c.region) fields.push({ label: pick(l, '地区', 'Region'), value: c.region });
  if (c.industry) fields.push({ label: pick(l, '行业', 'Industry'), value: c.industry });
  if (c.aliases.length > 0)
    fields.push({ label: pick(l, '别名', 'Also known as'), value: c.aliases.join(', ') });
  if (view.contacts.length > 0) {
    fields.push({
      label: pick(l, '联系人', 'Contacts'),
      value: view.contacts
        .map((contact) => (contact.title ? `${contact.name} (${contact.title})` : contact.name))
        .join(', '),
    });
  }
  const list = (heading: string, lines: string[], empty: string) => ({
    text: `**${heading}**\n${lines.length > 0 ? lines.join('\n') : empty}`,
  });
  const warning =
    c.status === 'bad' ? [{ text: pick(l, '⚠️ 已标记为不良客户', '⚠️ Flagged as a bad customer') }] : [];
  return {
    tone: c.status === 'bad' ? 'danger' : view.headline === 'created' ? 'success' : 'info',
    title:
      view.headline === 'created' ? pick(l, `已新增客户：${c.name}`, `Customer added: ${c.name}`) : c.name,
    sections: [
      ...warning,
      { fields },
      list(
        pick(l, '最近拜访', 'Recent visits'),
        view.recentVisits
          .slice(0, shown)
          .map((visit) => `- ${when(visit.occurredAt)} ${visit.author}: ${visit.summary}`),
        pick(l, '暂无', 'none yet'),
      ),
      list(
        pick(l, '待跟进', 'Open follow-ups'),
        view.openFollowUps
          .slice(0, shown)
          .map((f) => `- #${f.id} ${when(f.dueAt, f.hasTime)} ${f.assignee}: ${f.title}`),
        pick(l, '无', 'none'),
      ),
      list(
        pick(l, '未结客诉', 'Open complaints'),
        view.openComplaints
          .slice(0, shown)
          .map((complaint) => `- #${complaint.id} [${complaint.severity}] ${complaint.description}`),
        pick(l, '无', 'none'),
      ),
    ],
    buttons: [],
  };
}
