import type { Locale } from '../../domain/people.ts';
import { narrateTeamReport, type TeamReport } from '../../domain/reports/report-content.ts';
import { type LanguageModel, writtenByModel } from '../llm/language-model.ts';

const instructions = (locale: Locale) =>
  [
    "You write the opening paragraph of a sales team's daily report for their manager.",
    'Use only the facts in the JSON you are given; do not invent numbers, names or events.',
    'Three to five sentences: activity, customers, follow-ups, complaints, competitor moves, what needs attention.',
    locale !== 'en' ? 'Write in simplified Chinese.' : 'Write in English.',
  ].join('\n');

/** The report's narrative: the model's prose when it answers, the template otherwise. */
export async function narrateTeamReportWith(
  llm: LanguageModel | undefined,
  report: TeamReport,
  locale: Locale,
): Promise<{ narrative: string; writtenBy: string }> {
  if (llm) {
    const answer = await llm.write({
      instructions: instructions(locale),
      text: JSON.stringify(report),
      maxChars: 800,
    });
    if (answer.kind === 'ok') return { narrative: answer.value, writtenBy: writtenByModel(answer.model) };
  }
  return { narrative: narrateTeamReport(report, locale), writtenBy: 'template' };
}
