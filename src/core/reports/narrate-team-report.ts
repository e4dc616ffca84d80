import type { Locale } from '../../domain/people.ts';
import { narrateTeamReport, type TeamReport } from '../../domain/reports/report-content.ts';
import { type LanguageModel, writtenByModel } from '../llm/language-model.ts';

// The model's instructions, not a message to a person: they stay English whatever the reader's language.
const writeIn: Record<Locale, string> = {
  'zh-Hans': 'Write in simplified Chinese.',
  'zh-Hant': 'Write in traditional Chinese, as written in Taiwan.',
  en: 'Write in English.',
};

const instructions = (locale: Locale) =>
  [
    "You write the opening paragraph of a sales team's daily report for their manager.",
    'Use only the facts in the JSON you are given; do not invent numbers, names or events.',
    'Three to five sentences: activity, customers, follow-ups, complaints, competitor moves, what needs attention.',
    writeIn[locale],
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
