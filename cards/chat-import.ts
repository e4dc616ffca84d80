import type { ImportReport } from '../src/domain/import/import-report.ts';
import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import type { Card } from './card.ts';
import { importReportCard } from './import-report.ts';
import { formatWhen } from './text.ts';

/** Who did something with a file sent in chat, and when. */
interface Done {
  by: string;
  at: Date;
}

export type ChatImportView =
  /** The dry run of a file an admin sent: Import N rows / Cancel, when there is something to import. */
  | { kind: 'preview'; pendingImportId: number; sameFileImported: Done | null }
  /** The committed import, on the card the preview was; `previewRows` is what the preview promised. */
  | { kind: 'imported'; done: Done; previewRows: number };

/** How to say what an unrecognised column holds: an answer to this preview, remembered afterwards. */
function mappingHint(report: ImportReport, l: Locale): { text: string }[] {
  const ignored = report.columns.find((column) => column.field === null);
  if (!ignored) return [];
  const example = `${ignored.header.split(' / ').at(-1)}=${t(l, 'chatImport.contact')}`;
  return [
    {
      text: t(l, 'chatImport.ifAColumnDoes', { example }),
    },
  ];
}

/** Rows an import writes: new customers, updates, and rows merged into them. */
export function rowsToImport(report: ImportReport): number {
  return report.counts.create + report.counts.update + report.counts.merge;
}

/** The import report of a file sent in chat, with its buttons or who imported it. */
export function chatImportCard(view: {
  locale: Locale;
  timeZone: string;
  report: ImportReport;
  state: ChatImportView;
}): Card {
  const { locale: l, report, state } = view;
  const card = importReportCard({ locale: l, report });
  const when = (done: Done) => formatWhen(done.at, l, view.timeZone);
  const rows = rowsToImport(report);
  if (state.kind === 'imported') {
    const changed =
      state.previewRows === rows
        ? []
        : [
            {
              text: t(l, 'chatImport.theDataChangedAfter', { previewRows: state.previewRows, rows }),
            },
          ];
    return {
      ...card,
      sections: [...card.sections, ...changed],
      footer: t(l, 'chatImport.byImportedRowsRows', {
        by: state.done.by,
        done: when(state.done),
        rows,
        auditId: String(report.auditId),
      }),
    };
  }
  const same = state.sameFileImported;
  const notes = [
    ...(same
      ? [
          {
            text: t(l, 'chatImport.thisExactFileWas', { by: same.by, same: when(same) }),
          },
        ]
      : []),
    ...(rows === 0 ? [{ text: t(l, 'chatImport.thereIsNothingTo') }] : []),
    ...mappingHint(report, l),
  ];
  const payload = { pendingImportId: state.pendingImportId };
  return {
    ...card,
    sections: [...card.sections, ...notes],
    buttons:
      rows === 0
        ? []
        : [
            {
              label: t(l, 'chatImport.importRowsRows', { rows }),
              action: 'import.confirm',
              payload,
              style: 'primary',
            },
            { label: t(l, 'chatImport.cancel'), action: 'import.cancel', payload },
          ],
    footer: t(l, 'chatImport.thisIsADry'),
  };
}
