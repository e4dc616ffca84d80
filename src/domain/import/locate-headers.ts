import type { ImportField } from './import-fields.ts';
import { mapHeader } from './map-header.ts';

export interface ImportColumn {
  /** Zero-based column index in the sheet. */
  index: number;
  /** The header as written; "联系人 / 姓名" when a merged cell above changes what it means. */
  header: string;
  /** null: not a column we understand, or a second column for a field already taken. */
  field: ImportField | null;
  inTenThousands: boolean;
}

export interface HeaderLocation {
  /** Index into the grid of the header row; data starts below it. */
  headerIndex: number;
  columns: ImportColumn[];
}

// Spreadsheets often open with a title row or two ("2026 客户名单"); headers are found within these.
const searchedRows = 10;

/**
 * Finds the header row: of the first rows, the one naming the most distinct fields (the earlier on a
 * tie). A cell of the row above that differs from the cell counts as its group, which is how a two-row
 * header with merged cells (联系人 over 姓名 | 电话 | 邮箱) reads. XLSX readers repeat a merged cell's value
 * in every cell it covers. Null when no row names a customer-name column.
 */
export function locateHeaders(grid: string[][]): HeaderLocation | null {
  let best: (HeaderLocation & { score: number }) | null = null;
  for (let r = 0; r < Math.min(grid.length, searchedRows); r += 1) {
    const columns = readHeaderRow(grid[r]!, r > 0 ? grid[r - 1]! : []);
    const fields = new Set(columns.flatMap((column) => (column.field ? [column.field] : [])));
    if (!fields.has('name')) continue;
    if (!best || fields.size > best.score) best = { headerIndex: r, columns, score: fields.size };
  }
  return best && { headerIndex: best.headerIndex, columns: best.columns };
}

function readHeaderRow(cells: string[], above: string[]): ImportColumn[] {
  const taken = new Set<ImportField>();
  const columns: ImportColumn[] = [];
  cells.forEach((cell, index) => {
    const header = cell.trim();
    if (header === '') return;
    const group = above[index]?.trim() ?? '';
    const mapping = mapHeader(header, group !== header ? group : undefined);
    // A title row spanning the sheet is no group; name the group only where it changed the meaning.
    const grouped = group !== '' && mapping?.field !== mapHeader(header)?.field;
    const field = mapping && !taken.has(mapping.field) ? mapping.field : null;
    if (field) taken.add(field);
    columns.push({
      index,
      header: grouped ? `${group} / ${header}` : header,
      field,
      inTenThousands: field !== null && (mapping?.inTenThousands ?? false),
    });
  });
  return columns;
}
