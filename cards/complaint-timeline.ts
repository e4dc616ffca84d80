import type { Locale } from '../src/domain/people.ts';
import { eventLabel, severityLabel, statusLabel } from './complaint-labels.ts';

/** A complaint on the customer profile: one line, then its latest steps. */
export interface ProfileComplaint {
  id: number;
  severity: string;
  status: string;
  description: string;
  /** The latest steps, oldest first; `more` says earlier ones were left out. */
  timeline: { action: string; actor: string | null; at: Date }[];
  more: boolean;
}

const descriptionLength = 40;

/**
 * 「- #5 [紧急] 处理中 设备故障」 and under it 「  11/23 登记 张伟 → 11/23 受理 赵客服」: short enough for a
 * profile card, enough to see where each complaint stands and who moved it.
 */
export function complaintTimelineLines(
  complaints: ProfileComplaint[],
  l: Locale,
  timeZone: string,
): string[] {
  const day = new Intl.DateTimeFormat('en-US', { timeZone, month: 'numeric', day: 'numeric' });
  return complaints.flatMap((complaint) => {
    const description =
      complaint.description.length > descriptionLength
        ? `${complaint.description.slice(0, descriptionLength)}…`
        : complaint.description;
    const steps = complaint.timeline.map((step) =>
      [day.format(step.at), eventLabel(step.action, l), step.actor].filter(Boolean).join(' '),
    );
    const line = `- #${complaint.id} [${severityLabel(complaint.severity, l)}] ${statusLabel(complaint.status, l)} ${description}`;
    return steps.length > 0 ? [line, `  ${complaint.more ? '… → ' : ''}${steps.join(' → ')}`] : [line];
  });
}
