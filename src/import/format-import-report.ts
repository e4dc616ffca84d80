import { describeOutcome, outcomeHeadings } from '../../cards/import-report.ts';
import { importFields } from '../domain/import/import-fields.ts';
import type { ImportReport, OutcomeKind } from '../domain/import/import-report.ts';
import type { Locale } from '../domain/people.ts';
import { t } from '../i18n/t.ts';

// A terminal can take more than a card, but 100,000 "created" lines help nobody; rejects are what
// the person has to act on, so far more of them are printed.
const limits: Record<OutcomeKind, number> = {
  reject: 10_000,
  update: 200,
  merge: 200,
  create: 100,
  unchanged: 50,
};

/** The import report as plain text for the CLI: the same lines as the card, more of them. */
export function formatImportReport(report: ImportReport, l: Locale): string {
  const zh = l !== 'en';
  const { counts, totals } = report;
  const lines = [
    report.committed
      ? t(l, 'formatImportReport.importedFilenameAuditEntry', {
          fileName: report.fileName,
          auditId: String(report.auditId),
        })
      : t(l, 'formatImportReport.importPreviewOfFilename', { fileName: report.fileName }),
    t(l, 'formatImportReport.columns') +
      report.columns
        .map(
          (column) =>
            `${column.header} → ${column.field ?? t(l, 'formatImportReport.ignored')}${markOf(column, zh)}`,
        )
        .join(', '),
    t(l, 'formatImportReport.createCreateUpdateUpdate', {
      create: counts.create,
      update: counts.update,
      merge: counts.merge,
      unchanged: counts.unchanged,
      reject: counts.reject,
      blankRows: report.blankRows,
      contacts: totals.contacts,
      sales: totals.sales,
    }),
  ];
  for (const [kind, zhHeading, enHeading] of outcomeHeadings) {
    const rows = report.rows.filter((outcome) => outcome.kind === kind);
    if (rows.length === 0) continue;
    lines.push('', `${zh ? zhHeading : enHeading} (${rows.length})`);
    lines.push(...rows.slice(0, limits[kind]).map((outcome) => `  ${describeOutcome(outcome, l)}`));
    const more = rows.length - limits[kind];
    if (more > 0) lines.push(t(l, 'formatImportReport.andMoreMore', { more }));
  }
  const ignored = report.columns.filter((column) => column.field === null);
  if (!report.committed && ignored.length > 0) {
    const example = `${ignored[0]!.header.split(' / ').at(-1)}=contact`;
    lines.push(
      '',
      t(l, 'formatImportReport.columnsNotRecognisedValue', {
        value: ignored.map((column) => column.header).join(t(l, 'list.separator')),
        example,
        value2: importFields.join(', '),
      }),
    );
  }
  if (!report.committed) {
    lines.push('', t(l, 'formatImportReport.addCommitToImport'));
  }
  return lines.join('\n');
}

function markOf(column: ImportReport['columns'][number], zh: boolean): string {
  if (column.mappedBy === 'given') return zh ? '（映射）' : ' (mapped)';
  if (column.mappedBy === 'remembered') return zh ? '（记住的映射）' : ' (remembered mapping)';
  return '';
}
