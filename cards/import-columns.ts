import type { ImportReport } from '../src/domain/import/import-report.ts';
import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import type { Section } from './card.ts';
import { fieldLabel } from './import-field-label.ts';

/**
 * How each column was read: "对接人 → 联系人（映射）", and the columns that map to nothing by name, so
 * the admin sees a missed contact column before anything is written.
 */
export function importColumnsSections(report: ImportReport, l: Locale): Section[] {
  const read = report.columns.filter((column) => column.field !== null);
  const ignored = report.columns.filter((column) => column.field === null).map((column) => column.header);
  const mark = {
    given: t(l, 'importColumns.mapped'),
    remembered: t(l, 'importColumns.remembered'),
  };
  const line = read
    .map((column) => {
      const by = column.mappedBy ? mark[column.mappedBy] : '';
      return `${column.header} → ${fieldLabel(column.field!, l)}${by}`;
    })
    .join(' · ');
  return [
    ...(line === '' ? [] : [{ text: `**${t(l, 'importColumns.columns')}**\n${line}` }]),
    ...(ignored.length > 0
      ? [
          {
            text: t(l, 'importColumns.columnsIgnoredValue', { value: ignored.join(t(l, 'list.separator')) }),
          },
        ]
      : []),
  ];
}
