import type { Card } from '../../cards/card.ts';
import { teamReportCard } from '../../cards/team-report.ts';
import { readReportDay } from '../core/reports/read-report-day.ts';
import type { Db } from '../db/client.ts';
import { loadTeamReport } from '../db/report-facts.ts';
import { narrateTeamReport } from '../domain/reports/report-content.ts';

/** `crm report [--date D]`: every team's report for a day (today by default), as text. */
export async function runReportCommand(
  db: Db,
  options: { date?: string; now: Date; timeZone: string; print?: (text: string) => void },
): Promise<number> {
  const print = options.print ?? console.log;
  const reading = readReportDay(options.date ?? '', options.now, options.timeZone);
  if (reading.kind !== 'day' || (options.date !== undefined && reading.day !== options.date)) {
    console.error(
      reading.kind === 'future'
        ? `${reading.day} is in the future: there is no report for it yet`
        : 'write the date as YYYY-MM-DD, e.g. --date 2026-11-20',
    );
    return 2;
  }
  const teams = await db.team.findMany({ where: { members: { some: {} } }, orderBy: { id: 'asc' } });
  for (const team of teams) {
    const report = await loadTeamReport(db, team, reading.day, options.timeZone, options.now);
    const card = teamReportCard({
      locale: 'zh-Hans',
      timeZone: options.timeZone,
      report,
      narrative: narrateTeamReport(report, 'zh-Hans'),
      writtenBy: 'template',
    });
    print(cardToText(card));
  }
  if (teams.length === 0) print('no teams yet');
  return 0;
}

function cardToText(card: Card): string {
  return [
    card.title,
    ...card.sections.flatMap((section) => [
      ...(section.text ? [section.text.replaceAll('**', '')] : []),
      ...(section.fields ?? []).map((field) => `${field.label}: ${field.value}`),
    ]),
    ...(card.footer ? [card.footer] : []),
    '',
  ].join('\n');
}
