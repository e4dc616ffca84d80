import { dailyReportCard } from '../../../cards/daily-report.ts';
import { teamReportCard } from '../../../cards/team-report.ts';
import { recordPush } from '../../db/pushes.ts';
import { loadRepReport, loadTeamReport } from '../../db/report-facts.ts';
import type { TeamReport } from '../../domain/reports/report-content.ts';
import { narrateTeamReport } from '../../domain/reports/report-content.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { type Ctx, reply } from '../context.ts';
import { narrateTeamReportWith } from '../reports/narrate-team-report.ts';
import { readReportDay } from '../reports/read-report-day.ts';
import { storeReport } from '../reports/store-report.ts';
import type { Reply } from '../types.ts';

const teamWords = /团队|全组|全队|\bteam\b/i;

/**
 * 日报 on demand: a rep's own day, or their team's for a manager (团队日报). The report is stored;
 * with a model, its narrative follows as an update of the same card.
 */
export async function showDailyReport(ctx: Ctx, text: string): Promise<Reply> {
  const { actor } = ctx;
  const reading = readReportDay(text, ctx.now(), ctx.timeZone);
  if (reading.kind === 'unreadable')
    throw new BotError('invalid_input', t(actor.locale, 'dailyReport.whichDayWriteIt'));
  if (reading.kind === 'future')
    throw new BotError(
      'invalid_input',
      t(actor.locale, 'dailyReport.dayHasNotHappened', { day: reading.day }),
    );
  const { day } = reading;
  const wantsTeam = teamWords.test(text) || actor.role === 'manager' || actor.role === 'admin';
  if (!wantsTeam) {
    const report = await loadRepReport(ctx.db, { id: actor.id, name: actor.name }, day, ctx.timeZone);
    await storeReport(
      ctx.db,
      {
        key: `rep:${actor.id}:${day}`,
        kind: 'rep',
        day,
        personId: actor.id,
        content: report,
        narrative: '',
        writtenBy: 'template',
      },
      { actorId: actor.id, source: ctx.source, at: ctx.now() },
    );
    return reply([dailyReportCard({ locale: actor.locale, timeZone: ctx.timeZone, report })], {
      private: ctx.chat.kind === 'group',
    });
  }
  if (actor.role !== 'manager' && actor.role !== 'admin')
    throw new BotError('forbidden', t(actor.locale, 'dailyReport.teamReportsAreFor'));
  const teams = await ctx.db.team.findMany({
    where:
      actor.role === 'admin' && actor.teamId === null
        ? { members: { some: {} } }
        : { id: actor.teamId ?? -1 },
    select: { id: true, name: true },
    orderBy: { id: 'asc' },
  });
  if (teams.length === 0) throw new BotError('not_found', t(actor.locale, 'dailyReport.youAreNotIn'));
  const cards = [];
  for (const team of teams) {
    const report = await loadTeamReport(ctx.db, team, day, ctx.timeZone, ctx.now());
    const narrative = narrateTeamReport(report, actor.locale);
    const key = `team:${team.id}:${day}`;
    await storeReport(
      ctx.db,
      { key, kind: 'team', day, teamId: team.id, content: report, narrative, writtenBy: 'template' },
      { actorId: actor.id, source: ctx.source, at: ctx.now() },
    );
    cards.push(
      teamReportCard({
        locale: actor.locale,
        timeZone: ctx.timeZone,
        report,
        narrative,
        writtenBy: 'template',
      }),
    );
    const { llm } = ctx;
    if (llm) ctx.defer('report_narrative', () => narrateLater(ctx, report, key));
  }
  return reply(cards, { private: ctx.chat.kind === 'group' });
}

/** The model's narrative for a report already shown: stored, and the card updated in place. */
async function narrateLater(ctx: Ctx, report: TeamReport, key: string): Promise<void> {
  const { narrative, writtenBy } = await narrateTeamReportWith(ctx.llm, report, ctx.actor.locale);
  if (writtenBy === 'template') return;
  const at = ctx.now();
  await storeReport(
    ctx.db,
    { key, kind: 'team', day: report.day, teamId: report.team.id, content: report, narrative, writtenBy },
    { actorId: null, source: ctx.source, at },
  );
  await recordPush(
    ctx.db,
    {
      key: `report_narrative:${key}:${ctx.source}`,
      personId: ctx.actor.id,
      kind: 'daily_report',
      cards: [
        teamReportCard({ locale: ctx.actor.locale, timeZone: ctx.timeZone, report, narrative, writtenBy }),
      ],
    },
    at,
  );
}
