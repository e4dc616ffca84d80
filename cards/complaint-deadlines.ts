import type { DeadlinePolicy } from '../src/domain/complaints/deadline-policy.ts';
import { readDuration } from '../src/domain/complaints/deadline-policy.ts';
import type { WorkingDays, WorkingHours } from '../src/domain/complaints/working-time.ts';
import type { Locale } from '../src/domain/people.ts';
import { severities } from '../src/domain/vocabulary.ts';
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
    return pick(
      l,
      `- ${severityLabel(severity, l)}：${ack}内响应，${fix}内解决`,
      `- ${severityLabel(severity, l)}: acknowledge within ${ack}, resolve within ${fix}`,
    );
  });
  const hours =
    view.workingHours && `${formatClock(view.workingHours.start)}–${formatClock(view.workingHours.end)}`;
  const clock = !hours
    ? pick(l, '按自然时间计算（全天候）。', 'Counted around the clock.')
    : view.workingDays === 'weekdays'
      ? pick(
          l,
          `按工作时间计算：周一至周五 ${hours}。`,
          `Counted in working time: ${hours}, Monday to Friday.`,
        )
      : pick(
          l,
          `按工作时间计算：工作日 ${hours}，法定节假日休息，调休日上班。`,
          `Counted in working time: ${hours} on working days; Chinese public holidays off, make-up days worked.`,
        );
  return {
    tone: view.headline ? 'success' : 'info',
    title: view.headline
      ? pick(l, view.headline.zh, view.headline.en)
      : pick(l, '客诉处理期限', 'Complaint deadlines'),
    sections: [{ text: lines.join('\n') }, { text: clock }],
    buttons: [],
    footer: pick(
      l,
      '修改：设置期限 紧急 2小时 24小时 · 工作时间：设置工作时间 开 / 关 / 09:00-18:00',
      'Change: set deadline urgent 30m 4h · Working time: set working time on / off / 09:00-18:00',
    ),
  };
}

function formatDuration(text: string, l: Locale, working: boolean): string {
  const duration = readDuration(text);
  if (!duration) return text;
  const { amount, unit } = duration;
  if (unit === 'minute') return pick(l, `${amount} 分钟`, `${amount} min`);
  if (unit === 'hour')
    return working
      ? pick(l, `${amount} 个工作小时`, `${amount} working h`)
      : pick(l, `${amount} 小时`, `${amount} h`);
  return working
    ? pick(l, `${amount} 个工作日`, `${amount} working days`)
    : pick(l, `${amount} 天`, `${amount} days`);
}

function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
