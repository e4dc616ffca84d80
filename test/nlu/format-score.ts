import { type Score, targets } from './score-corpus.ts';

const percent = (right: number, total: number) =>
  total === 0 ? '—' : `${((100 * right) / total).toFixed(1)}%`;

/** True when every field with a target reaches it. */
export function meetsTargets(score: Score): boolean {
  return score.fields.every(({ field, right, total }) => {
    const target = targets[field];
    return target === undefined || total === 0 || (100 * right) / total >= target;
  });
}

/** field, right, total, accuracy, target, PASS/FAIL: one row per scored field. */
export function formatFieldTable(score: Score): string {
  const rows = [['field', 'right', 'total', 'accuracy', 'target', '']];
  for (const { field, right, total } of score.fields) {
    const target = targets[field];
    const verdict =
      target === undefined || total === 0 ? '' : (100 * right) / total >= target ? 'PASS' : 'FAIL';
    rows.push([
      field,
      String(right),
      String(total),
      percent(right, total),
      target === undefined ? '—' : `${target}%`,
      verdict,
    ]);
  }
  return alignColumns(rows, [false, true, true, true, true, false]);
}

/**
 * Rows are the labelled intents, columns what the parser said, numbered like the rows so the table stays
 * narrow with eighteen intents; '.' is zero. Only intents that occur on either side appear.
 */
export function formatConfusion(score: Score): string {
  const expected = [...score.confusion.keys()];
  const predicted = new Set<string>();
  for (const row of score.confusion.values()) for (const intent of row.keys()) predicted.add(intent);
  const order = [...expected, ...[...predicted].filter((intent) => !expected.includes(intent)).sort()];
  const columns = order.filter((intent) => predicted.has(intent));
  const header = ['expected \\ got', ...columns.map((intent) => String(order.indexOf(intent) + 1)), 'right'];
  const rows = [header];
  for (const intent of order) {
    const row = score.confusion.get(intent);
    const cells = columns.map((column) => String(row?.get(column) ?? '.').replace(/^0$/, '.'));
    const total = [...(row?.values() ?? [])].reduce((sum, count) => sum + count, 0);
    const right = row?.get(intent) ?? 0;
    rows.push([`${order.indexOf(intent) + 1} ${intent}`, ...cells, row ? percent(right, total) : '']);
  }
  return alignColumns(
    rows,
    header.map((_, index) => index > 0),
  );
}

/** Every miss on one line: field, expected, got, who sent it, the text. */
export function formatMisses(score: Score): string {
  const show = (value: string | null | undefined) =>
    value === undefined ? '(absent)' : value === null ? 'null' : value;
  return score.misses
    .map(
      ({ entry, field, expected, got }) =>
        `${field.padEnd(11)} expected ${show(expected)}  got ${show(got)}  [${entry.as}, line ${entry.line}] ${entry.text}`,
    )
    .join('\n');
}

/** Pads columns by display width (a CJK character takes two cells); numbers right-aligned. */
function alignColumns(rows: string[][], rightAligned: boolean[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => displayWidth(row[column] ?? ''))));
  return rows
    .map((row) =>
      row
        .map((cell, column) => {
          const pad = ' '.repeat(widths[column]! - displayWidth(cell));
          return rightAligned[column] ? pad + cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(char) ? 2 : 1;
  return width;
}
