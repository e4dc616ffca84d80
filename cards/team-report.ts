import type { BadMark } from '../src/domain/grading/bad-reason.ts';
import type { Locale } from '../src/domain/people.ts';
import type { ComplaintLine, TeamReport } from '../src/domain/reports/report-content.ts';
import { customerWithWarning } from './bad-customer-warning.ts';
import type { Card, Section } from './card.ts';
import { categoryLabel, severityLabel, statusLabel } from './complaint-labels.ts';
import { formatWhen, pick } from './text.ts';

const maxLines = 10;

/** 团队日报: the team summary posted to the team's group chat. */
export function teamReportCard(view: {
  locale: Locale;
  timeZone: string;
  report: TeamReport;
  narrative: string;
  /** "llm:<model>" when a model wrote the narrative. */
  writtenBy: string;
}): Card {
  const { locale: l, report: r } = view;
  const none = pick(l, '无', 'none');
  const list = (lines: string[]) => {
    if (lines.length === 0) return none;
    const shown = lines.slice(0, maxLines).map((x) => `- ${x}`);
    if (lines.length > maxLines)
      shown.push(pick(l, `……另有 ${lines.length - maxLines} 条`, `… and ${lines.length - maxLines} more`));
    return shown.join('\n');
  };
  const names = (all: string[]) => {
    if (all.length === 0) return none;
    const shown = all.slice(0, maxLines).join(pick(l, '，', ', '));
    return all.length > maxLines
      ? pick(l, `${shown} 等 ${all.length} 个`, `${shown} and ${all.length - maxLines} more`)
      : shown;
  };
  // Reports stored before the flag was kept have no customerBad: no warning, as then.
  const customer = (line: { customer: string; customerBad?: BadMark | null }) =>
    customerWithWarning(l, line.customer, line.customerBad);
  const complaint = (c: ComplaintLine) =>
    `#${c.id} ${customer(c)} · ${categoryLabel(c.category, l)} · ${severityLabel(c.severity, l)} · ${statusLabel(c.status, l)}${c.overdue ? pick(l, '（已超时）', ' (overdue)') : ''}`;
  const sections: Section[] = [
    { text: view.narrative },
    {
      fields: [
        {
          label: pick(l, '各人拜访', 'Visits per rep'),
          value: r.perRep.map((p) => `${p.name} ${p.visits}`).join(pick(l, '，', ', ')) || none,
        },
        { label: pick(l, '未记录', 'Logged nothing'), value: r.silent.join(pick(l, '，', ', ')) || none },
        {
          label: pick(l, '新客户', 'New customers'),
          value: names(r.newCustomers.map((c) => customerWithWarning(l, c.name, c.bad))),
        },
        {
          label: pick(l, '跟进', 'Follow-ups'),
          value: pick(
            l,
            `完成 ${r.followUps.done}，逾期 ${r.followUps.overdue.length}`,
            `${r.followUps.done} done, ${r.followUps.overdue.length} overdue`,
          ),
        },
      ],
    },
    {
      text: `**${pick(l, '逾期跟进', 'Overdue follow-ups')}**\n${list(
        r.followUps.overdue.map(
          (f) =>
            `${f.assignee} · ${customer(f)} · ${f.title} · ${formatWhen(new Date(f.dueAt), l, view.timeZone, false)}`,
        ),
      )}`,
    },
    {
      text: [
        `**${pick(l, '投诉', 'Complaints')}**`,
        pick(
          l,
          `今日新增 ${r.complaints.opened.length}，今日关闭 ${r.complaints.closed.length}，未结 ${r.complaints.stillOpen.length}`,
          `${r.complaints.opened.length} opened, ${r.complaints.closed.length} closed today, ${r.complaints.stillOpen.length} still open`,
        ),
        list([
          ...r.complaints.opened.map((c) => `${pick(l, '新增', 'opened')} ${complaint(c)}`),
          ...r.complaints.closed.map((c) => `${pick(l, '关闭', 'closed')} ${complaint(c)}`),
          ...r.complaints.stillOpen
            .filter((c) => !r.complaints.opened.some((o) => o.id === c.id))
            .map((c) => `${pick(l, '未结', 'open')} ${complaint(c)}`),
        ]),
      ].join('\n'),
    },
    {
      text: `**${pick(l, '竞品动态', 'Competitor moves')}**\n${list(
        r.competitorMoves.map((m) => `${m.alerted ? '⚠ ' : ''}${customer(m)}（${m.rep}）：${m.text}`),
      )}`,
    },
    {
      text: `**${pick(l, '待确认纪要', 'Minutes not confirmed')}**\n${list(
        r.unconfirmedMinutes.map(
          (m) =>
            `${m.rep} · ${customer(m)}${m.overdue ? pick(l, '（已超过 2 个工作日）', ' (over 2 working days)') : ''}`,
        ),
      )}`,
    },
  ];
  return {
    key: `report:team:${r.team.id}:${r.day}`,
    tone: 'info',
    title: pick(l, `团队日报 ${r.day}：${r.team.name}`, `Team report ${r.day}: ${r.team.name}`),
    sections,
    buttons: [],
    ...(view.writtenBy.startsWith('llm:')
      ? {
          footer: pick(
            l,
            `摘要由 AI 撰写（${view.writtenBy.slice(4)}）`,
            `Summary written by AI (${view.writtenBy.slice(4)})`,
          ),
        }
      : {}),
  };
}
