import type { ImportReport } from '../src/domain/import/import-report.ts';
import type { Locale } from '../src/domain/people.ts';
import type { Card } from './card.ts';
import { importReportCard } from './import-report.ts';
import { formatWhen, pick } from './text.ts';

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
  const example = `${ignored.header.split(' / ').at(-1)}=${pick(l, '联系人', 'contact')}`;
  return [
    {
      text: pick(
        l,
        `如果某列其实有用，回复「导入 映射 ${example}」（字段用 联系人、电话、负责人……，或 忽略），我会按新的映射重新预览，并为同样表头的文件记住它。`,
        `If a column does hold something, answer "import map ${example}" (fields: contact, phone, owner, … or ignore); I preview again with it and remember it for files with the same headers.`,
      ),
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
              text: pick(
                l,
                `预览之后数据有变化：预览时 ${state.previewRows} 行，实际导入 ${rows} 行（以上为实际结果）。`,
                `The data changed after the preview: it showed ${state.previewRows} rows, ${rows} were imported (shown above).`,
              ),
            },
          ];
    return {
      ...card,
      sections: [...card.sections, ...changed],
      footer: pick(
        l,
        `${state.done.by} 于 ${when(state.done)} 导入 ${rows} 行，审计记录 #${report.auditId}`,
        `${state.done.by} imported ${rows} rows on ${when(state.done)}; audit entry #${report.auditId}`,
      ),
    };
  }
  const same = state.sameFileImported;
  const notes = [
    ...(same
      ? [
          {
            text: pick(
              l,
              `⚠️ 同一个文件已由 ${same.by} 于 ${when(same)} 导入过。`,
              `⚠️ This exact file was already imported by ${same.by} on ${when(same)}.`,
            ),
          },
        ]
      : []),
    ...(rows === 0
      ? [{ text: pick(l, '没有可导入的行。', 'There is nothing to import in this file.') }]
      : []),
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
              label: pick(l, `导入 ${rows} 行`, `Import ${rows} rows`),
              action: 'import.confirm',
              payload,
              style: 'primary',
            },
            { label: pick(l, '取消', 'Cancel'), action: 'import.cancel', payload },
          ],
    footer: pick(
      l,
      '这是预演，还没有写入任何内容。确认时会按当时的数据重新核对；文件保留 24 小时。',
      'This is a dry run: nothing has been written yet. Confirming checks again against the data as it is then; the file is kept for 24 hours.',
    ),
  };
}
