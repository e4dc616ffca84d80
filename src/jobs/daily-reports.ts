import { dailyReportCard } from '../../cards/daily-report.ts';
import { teamReportCard } from '../../cards/team-report.ts';
import { formatDay } from '../../cards/text.ts';
import { narrateTeamReportWith } from '../core/reports/narrate-team-report.ts';
import { storeReport } from '../core/reports/store-report.ts';
import { recordPush } from '../db/pushes.ts';
import { loadRepReport, loadTeamReport } from '../db/report-facts.ts';
import { readLocale } from '../domain/people.ts';
import { forEachItem, type JobDeps, type JobOutcome, runJob } from './run-job.ts';

/**
 * Posts each team's daily report (the team summary and each active rep's 日报) to the team's group
 * chat, or to its managers when the team has none. Stored, and keyed per team and day, so a second
 * run or a second process never posts it again.
 */
export function sendDailyReports(deps: JobDeps, slot: string): Promise<JobOutcome> {
  const { db, timeZone } = deps;
  return runJob(deps, { name: 'daily_report', slot }, async () => {
    const now = deps.now();
    const day = formatDay(now, timeZone);
    const source = `job:daily_report:${slot}`;
    const teams = await db.team.findMany({
      where: { members: { some: {} } },
      select: {
        id: true,
        name: true,
        chatRef: true,
        members: { select: { id: true, name: true, role: true, locale: true, managerId: true } },
      },
      orderBy: { id: 'asc' },
    });
    return forEachItem(
      teams,
      deps.logger,
      (team) => ({ teamId: team.id }),
      async (team) => {
        const pushKey = `daily_report:${team.id}:${day}`;
        if (await db.push.findFirst({ where: { key: { startsWith: pushKey } }, select: { id: true } }))
          return;
        const managerIds = new Set([
          ...team.members.filter((m) => m.role === 'manager').map((m) => m.id),
          ...team.members.flatMap((m) => (m.managerId === null ? [] : [m.managerId])),
        ]);
        const managers = await db.person.findMany({
          where: { id: { in: [...managerIds] } },
          select: { id: true, locale: true },
        });
        const locale = readLocale(managers[0]?.locale);
        const report = await loadTeamReport(db, team, day, timeZone, now);
        const { narrative, writtenBy } = await narrateTeamReportWith(deps.llm, report, locale);
        const at = { actorId: null, source, at: now };
        await storeReport(
          db,
          {
            key: `team:${team.id}:${day}`,
            kind: 'team',
            day,
            teamId: team.id,
            content: report,
            narrative,
            writtenBy,
          },
          at,
        );
        const cards = [teamReportCard({ locale, timeZone, report, narrative, writtenBy })];
        for (const member of team.members) {
          const rep = await loadRepReport(db, member, day, timeZone);
          if (rep.contacts.length === 0 && rep.handled.length === 0) continue;
          await storeReport(
            db,
            {
              key: `rep:${member.id}:${day}`,
              kind: 'rep',
              day,
              personId: member.id,
              content: rep,
              narrative: '',
              writtenBy: 'template',
            },
            at,
          );
          cards.push(dailyReportCard({ locale, timeZone, report: rep }));
        }
        if (team.chatRef) {
          await recordPush(db, { key: pushKey, chat: team.chatRef, kind: 'daily_report', cards }, now);
          return;
        }
        deps.logger.info(
          { teamId: team.id, managers: managers.length },
          'team has no group chat: its daily report goes to its managers',
        );
        for (const manager of managers) {
          await recordPush(
            db,
            { key: `${pushKey}:to:${manager.id}`, personId: manager.id, kind: 'daily_report', cards },
            now,
          );
        }
      },
    );
  });
}
