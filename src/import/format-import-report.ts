import { describeOutcome, outcomeHeadings } from '../../cards/import-report.ts';
import { importFields } from '../domain/import/import-fields.ts';
import type { ImportReport, OutcomeKind } from '../domain/import/import-report.ts';
import type { Locale } from '../domain/people.ts';

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
      ? zh
        ? `已导入 ${report.fileName}（审计记录 #${report.auditId}）`
        : `Imported ${report.fileName} (audit entry #${report.auditId})`
      : zh
        ? `导入预览 ${report.fileName}：预演，没有写入任何内容`
        : `Import preview of ${report.fileName}: a dry run, nothing written`,
    (zh ? '列：' : 'Columns: ') +
      report.columns
        .map(
          (column) =>
            `${column.header} → ${column.field ?? (zh ? '（忽略）' : '(ignored)')}${markOf(column, zh)}`,
        )
        .join(', '),
    zh
      ? `新建 ${counts.create} · 更新 ${counts.update} · 合并 ${counts.merge} · 无变化 ${counts.unchanged} · 拒绝 ${counts.reject} · 空行 ${report.blankRows} · 新联系人 ${totals.contacts} · 新成交 ${totals.sales}`
      : `create ${counts.create} · update ${counts.update} · merge ${counts.merge} · unchanged ${counts.unchanged} · rejected ${counts.reject} · blank rows ${report.blankRows} · new contacts ${totals.contacts} · new sales ${totals.sales}`,
  ];
  for (const [kind, zhHeading, enHeading] of outcomeHeadings) {
    const rows = report.rows.filter((outcome) => outcome.kind === kind);
    if (rows.length === 0) continue;
    lines.push('', `${zh ? zhHeading : enHeading} (${rows.length})`);
    lines.push(...rows.slice(0, limits[kind]).map((outcome) => `  ${describeOutcome(outcome, l)}`));
    const more = rows.length - limits[kind];
    if (more > 0) lines.push(zh ? `  …… 另有 ${more} 行` : `  … and ${more} more`);
  }
  const ignored = report.columns.filter((column) => column.field === null);
  if (!report.committed && ignored.length > 0) {
    const example = `${ignored[0]!.header.split(' / ').at(-1)}=contact`;
    lines.push(
      '',
      zh
        ? `未识别的列：${ignored.map((column) => column.header).join('、')}。如果其中有用的列，用 --map 列名=字段 指定（例如 --map ${example}；字段：${importFields.join(', ')}，或 ignore），同样表头的文件会记住这个映射。`
        : `Columns not recognised: ${ignored.map((column) => column.header).join(', ')}. To read one, add --map HEADER=FIELD (e.g. --map ${example}; fields: ${importFields.join(', ')}, or ignore); files with the same headers remember it.`,
    );
  }
  if (!report.committed) {
    lines.push(
      '',
      zh
        ? '确认无误后加 --commit 导入（被拒绝的行不会导入）。'
        : 'Add --commit to import it (rejected rows are left out).',
    );
  }
  return lines.join('\n');
}

function markOf(column: ImportReport['columns'][number], zh: boolean): string {
  if (column.mappedBy === 'given') return zh ? '（映射）' : ' (mapped)';
  if (column.mappedBy === 'remembered') return zh ? '（记住的映射）' : ' (remembered mapping)';
  return '';
}
