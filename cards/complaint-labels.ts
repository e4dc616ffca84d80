import type { Satisfaction } from '../src/domain/complaints/satisfaction.ts';
import type { Locale } from '../src/domain/people.ts';
import type { ComplaintCategory, Severity } from '../src/domain/vocabulary.ts';
import { pick } from './text.ts';

// Every complaint word in both languages, shared by the complaint card, the profile and admin replies.

export const categoryLabels: Record<ComplaintCategory, [string, string]> = {
  quality: ['质量', 'Quality'],
  delivery: ['交付', 'Delivery'],
  service: ['服务', 'Service'],
  billing: ['账务', 'Billing'],
  other: ['其他', 'Other'],
};

export const severityLabels: Record<Severity, [string, string]> = {
  urgent: ['特急', 'Urgent'],
  high: ['紧急', 'High'],
  normal: ['一般', 'Normal'],
  low: ['不急', 'Low'],
};

export const satisfactionLabels: Record<Satisfaction, string> = {
  满意: 'Satisfied',
  比较满意: 'Fairly satisfied',
  基本满意: 'Mostly satisfied',
  不太满意: 'Not very satisfied',
  不满意: 'Dissatisfied',
};

const statusLabels: Record<string, [string, string]> = {
  open: ['待受理', 'Open'],
  acknowledged: ['处理中', 'In progress'],
  resolved: ['已解决', 'Resolved'],
  closed: ['已关闭', 'Closed'],
};

const eventLabels: Record<string, [string, string]> = {
  filed: ['登记', 'filed'],
  acknowledged: ['受理', 'accepted'],
  resolved: ['解决', 'resolved'],
  reassigned: ['转派', 'reassigned'],
  escalated: ['升级', 'escalated'],
  reopened: ['重新打开', 'reopened'],
  closed: ['关闭', 'closed'],
};

function label(labels: Record<string, [string, string]>, key: string, locale: Locale): string {
  const found = labels[key];
  return found ? pick(locale, found[0], found[1]) : key;
}

export function categoryLabel(category: string, locale: Locale): string {
  return label(categoryLabels, category, locale);
}

export function severityLabel(severity: string, locale: Locale): string {
  return label(severityLabels, severity, locale);
}

export function statusLabel(status: string, locale: Locale): string {
  return label(statusLabels, status, locale);
}

export function eventLabel(action: string, locale: Locale): string {
  return label(eventLabels, action, locale);
}

export function satisfactionLabel(level: Satisfaction, locale: Locale): string {
  return locale !== 'en' ? level : satisfactionLabels[level];
}
