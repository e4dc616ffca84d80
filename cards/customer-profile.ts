import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import { badCustomerWarning } from './bad-customer-warning.ts';
import type { Card, Field } from './card.ts';
import { complaintTimelineLines, type ProfileComplaint } from './complaint-timeline.ts';
import { formatMoney } from './format-money.ts';
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
    /** 客户价值: the grade before the last change, RFM scores and lifecycle stage, recomputed nightly. */
    previousGrade: string | null;
    rfm: { recency: number; frequency: number; monetary: number } | null;
    lifecycleStage: string | null;
    trailingCents: number;
    badReason: string | null;
    /** Public pool: since when it waits there and who had it. */
    inPoolSince: Date | null;
    formerOwner: string | null;
    collaborators: string[];
  };
  contacts: { name: string; title: string | null }[];
  recentVisits: { occurredAt: Date; author: string; summary: string }[];
  openFollowUps: { id: number; dueAt: Date; hasTime: boolean; title: string; assignee: string }[];
  /** Open complaints, then the latest finished ones, each with its last steps. */
  complaints: ProfileComplaint[];
}

const shown = 5;

const lifecycleLabels: Record<string, [string, string]> = {
  acquisition: ['获取期', 'acquisition'],
  growth: ['提升期', 'growth'],
  maturity: ['成熟期', 'maturity'],
  decline: ['衰退期', 'decline'],
  lost: ['离开期', 'lost'],
};

function gradeText(l: Locale, c: CustomerProfileView['customer']): string {
  if (!c.grade) return '—';
  if (!c.previousGrade || c.previousGrade === c.grade) return c.grade;
  const up = c.grade < c.previousGrade;
  return t(l, 'customerProfile.gradeValueWasPreviousgrade', {
    grade: c.grade,
    value: up ? '↑' : '↓',
    previousGrade: c.previousGrade,
  });
}

function ownerText(l: Locale, c: CustomerProfileView['customer'], timeZone: string): string {
  if (c.owner) return c.owner;
  if (!c.inPoolSince) return t(l, 'customerProfile.unownedPool');
  const since = formatWhen(c.inPoolSince, l, timeZone, false);
  const former = c.formerOwner ? t(l, 'customerProfile.wasFormerowner', { formerOwner: c.formerOwner }) : '';
  return t(l, 'customerProfile.poolSinceSinceFormer', { since, former });
}

export function customerProfileCard(view: CustomerProfileView): Card {
  const l = view.locale;
  const c = view.customer;
  const when = (date: Date, withTime = true) => formatWhen(date, l, view.timeZone, withTime);
  const fields: Field[] = [
    { label: t(l, 'customerProfile.owner'), value: ownerText(l, c, view.timeZone) },
    { label: t(l, 'customerProfile.grade'), value: gradeText(l, c) },
    {
      label: t(l, 'customerProfile.lastContact'),
      value: c.lastContactAt ? when(c.lastContactAt) : t(l, 'customerProfile.never'),
    },
  ];
  if (c.collaborators.length > 0)
    fields.push({ label: t(l, 'customerProfile.collaborators'), value: c.collaborators.join(', ') });
  if (c.trailingCents > 0)
    fields.push({
      label: t(l, 'customerProfile.salesLastMonths'),
      value: formatMoney(c.trailingCents, l),
    });
  if (c.rfm) fields.push({ label: 'RFM', value: `R${c.rfm.recency} F${c.rfm.frequency} M${c.rfm.monetary}` });
  const stage = c.lifecycleStage ? lifecycleLabels[c.lifecycleStage] : undefined;
  if (stage) fields.push({ label: t(l, 'customerProfile.lifecycle'), value: pick(l, stage[0], stage[1]) });
  if (c.region) fields.push({ label: t(l, 'customerProfile.region'), value: c.region });
  if (c.industry) fields.push({ label: t(l, 'customerProfile.industry'), value: c.industry });
  if (c.aliases.length > 0)
    fields.push({ label: t(l, 'customerProfile.alsoKnownAs'), value: c.aliases.join(', ') });
  if (view.contacts.length > 0) {
    fields.push({
      label: t(l, 'customerProfile.contacts'),
      value: view.contacts
        .map((contact) => (contact.title ? `${contact.name} (${contact.title})` : contact.name))
        .join(', '),
    });
  }
  const list = (heading: string, lines: string[], empty: string) => ({
    text: `**${heading}**\n${lines.length > 0 ? lines.join('\n') : empty}`,
  });
  const warning = c.status === 'bad' ? [{ text: badCustomerWarning(l, c.badReason) }] : [];
  return {
    tone: c.status === 'bad' ? 'danger' : view.headline === 'created' ? 'success' : 'info',
    title: view.headline === 'created' ? t(l, 'customerProfile.customerAddedName', { name: c.name }) : c.name,
    sections: [
      ...warning,
      { fields },
      list(
        t(l, 'customerProfile.recentVisits'),
        view.recentVisits
          .slice(0, shown)
          .map((visit) => `- ${when(visit.occurredAt)} ${visit.author}: ${visit.summary}`),
        t(l, 'customerProfile.noneYet'),
      ),
      list(
        t(l, 'customerProfile.openFollowUps'),
        view.openFollowUps
          .slice(0, shown)
          .map((f) => `- #${f.id} ${when(f.dueAt, f.hasTime)} ${f.assignee}: ${f.title}`),
        t(l, 'customerProfile.none'),
      ),
      list(
        t(l, 'customerProfile.complaints'),
        complaintTimelineLines(view.complaints, l, view.timeZone),
        t(l, 'customerProfile.none'),
      ),
    ],
    buttons: [],
  };
}
