import type { DeadlinePolicy } from '../src/domain/complaints/deadline-policy.ts';
import { readDuration } from '../src/domain/complaints/deadline-policy.ts';
import type { WorkingDays, WorkingHours } from '../src/domain/complaints/working-time.ts';
import type { Locale } from '../src/domain/people.ts';
import { severities } from '../src/domain/vocabulary.ts';
import { t } from '../src/i18n/t.ts';
import type { Card } from './card.ts';
import { severityLabel } from './complaint-labels.ts';
import { pick } from './text.ts';

export interface DeadlinesView {
  locale: Locale;
  policy: DeadlinePolicy;
  workingHours: WorkingHours | null;
  /** Which days are worked; CN when not given. */
  workingDays?: WorkingDays;
  headline?: { zh: string; en: string };
}

/** How long each severity may wait, and whether the clock runs in working time only. */
export function complaintDeadlinesCard(view: DeadlinesView): Card {
  const l = view.locale;
  const lines = severities.map((severity) => {
    const { acknowledge, resolve } = view.policy[severity];
    const ack = formatDuration(acknowledge, l, view.workingHours !== null);
    const fix = formatDuration(resolve, l, view.workingHours !== null);
    return t(l, 'complaintDeadlines.severityAcknowledgeWithinAck', {
      severity: severityLabel(severity, l),
      ack,
      fix,
    });
  });
  const hours =
    view.workingHours && `${formatClock(view.workingHours.start)}–${formatClock(view.workingHours.end)}`;
  const clock = !hours
    ? t(l, 'complaintDeadlines.countedAroundTheClock')
    : view.workingDays === 'weekdays'
      ? t(l, 'complaintDeadlines.countedInWorkingTime', { hours })
      : t(l, 'complaintDeadlines.countedInWorkingTime2', { hours });
  return {
    tone: view.headline ? 'success' : 'info',
    title: view.headline
      ? pick(l, view.headline.zh, view.headline.en)
      : t(l, 'complaintDeadlines.complaintDeadlines'),
    sections: [{ text: lines.join('\n') }, { text: clock }],
    buttons: [],
    footer: t(l, 'complaintDeadlines.changeSetDeadlineUrgent'),
  };
}

function formatDuration(text: string, l: Locale, working: boolean): string {
  const duration = readDuration(text);
  if (!duration) return text;
  const { amount, unit } = duration;
  if (unit === 'minute') return t(l, 'complaintDeadlines.amountMin', { amount });
  if (unit === 'hour')
    return working
      ? t(l, 'complaintDeadlines.amountWorkingH', { amount })
      : t(l, 'complaintDeadlines.amountH', { amount });
  return working
    ? t(l, 'complaintDeadlines.amountWorkingDays', { amount })
    : t(l, 'complaintDeadlines.amountDays', { amount });
}

function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
