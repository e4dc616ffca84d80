import type { BadMark } from '../src/domain/grading/bad-reason.ts';
import type { Locale } from '../src/domain/people.ts';
import type { ComplaintLine, TeamReport } from '../src/domain/reports/report-content.ts';
import { t } from '../src/i18n/t.ts';
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
  const none = t(l, 'teamReport.none');
  const list = (lines: string[]) => {
    if (lines.length === 0) return none;
    const shown = lines.slice(0, maxLines).map((x) => `- ${x}`);
    if (lines.length > maxLines)
      shown.push(t(l, 'teamReport.andValueMore', { value: lines.length - maxLines }));
    return shown.join('\n');
  };
  const names = (all: string[]) => {
    if (all.length === 0) return none;
    const shown = all.slice(0, maxLines).join(t(l, 'punctuation.comma'));
    return all.length > maxLines
      ? pick(l, `${shown} 等 ${all.length} 个`, `${shown} and ${all.length - maxLines} more`)
      : shown;
  };
  // Reports stored before the flag was kept have no customerBad: no warning, as then.
  const customer = (line: { customer: string; customerBad?: BadMark | null }) =>
    customerWithWarning(l, line.customer, line.customerBad);
  const complaint = (c: ComplaintLine) =>
    `#${c.id} ${customer(c)} · ${categoryLabel(c.category, l)} · ${severityLabel(c.severity, l)} · ${statusLabel(c.status, l)}${c.overdue ? t(l, 'teamReport.overdue') : ''}`;
  const sections: Section[] = [
    { text: view.narrative },
    {
      fields: [
        {
          label: t(l, 'teamReport.visitsPerRep'),
          value: r.perRep.map((p) => `${p.name} ${p.visits}`).join(t(l, 'punctuation.comma')) || none,
        },
        { label: t(l, 'teamReport.loggedNothing'), value: r.silent.join(t(l, 'punctuation.comma')) || none },
        {
          label: t(l, 'teamReport.newCustomers'),
          value: names(r.newCustomers.map((c) => customerWithWarning(l, c.name, c.bad))),
        },
        {
          label: t(l, 'teamReport.followUps'),
          value: t(l, 'teamReport.doneDoneOverduecountOverdue', {
            done: r.followUps.done,
            overdueCount: r.followUps.overdue.length,
          }),
        },
      ],
    },
    {
      text: `**${t(l, 'teamReport.overdueFollowUps')}**\n${list(
        r.followUps.overdue.map(
          (f) =>
            `${f.assignee} · ${customer(f)} · ${f.title} · ${formatWhen(new Date(f.dueAt), l, view.timeZone, false)}`,
        ),
      )}`,
    },
    {
      text: [
        `**${t(l, 'teamReport.complaints')}**`,
        t(l, 'teamReport.openedcountOpenedClosedcountClosed', {
          openedCount: r.complaints.opened.length,
          closedCount: r.complaints.closed.length,
          stillOpenCount: r.complaints.stillOpen.length,
        }),
        list([
          ...r.complaints.opened.map((c) => `${t(l, 'teamReport.opened')} ${complaint(c)}`),
          ...r.complaints.closed.map((c) => `${t(l, 'teamReport.closed')} ${complaint(c)}`),
          ...r.complaints.stillOpen
            .filter((c) => !r.complaints.opened.some((o) => o.id === c.id))
            .map((c) => `${t(l, 'teamReport.open')} ${complaint(c)}`),
        ]),
      ].join('\n'),
    },
    {
      text: `**${t(l, 'teamReport.competitorMoves')}**\n${list(
        r.competitorMoves.map((m) => `${m.alerted ? '⚠ ' : ''}${customer(m)}（${m.rep}）：${m.text}`),
      )}`,
    },
    {
      text: `**${t(l, 'teamReport.minutesNotConfirmed')}**\n${list(
        r.unconfirmedMinutes.map(
          (m) => `${m.rep} · ${customer(m)}${m.overdue ? t(l, 'teamReport.overWorkingDays') : ''}`,
        ),
      )}`,
    },
  ];
  return {
    key: `report:team:${r.team.id}:${r.day}`,
    tone: 'info',
    title: t(l, 'teamReport.teamReportDayName', { day: r.day, name: r.team.name }),
    sections,
    buttons: [],
    ...(view.writtenBy.startsWith('llm:')
      ? {
          footer: t(l, 'teamReport.summaryWrittenByAi', { value: view.writtenBy.slice(4) }),
        }
      : {}),
  };
}
