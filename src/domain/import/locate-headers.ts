import type { ImportField } from './import-fields.ts';
import { isInTenThousands, mapHeader, toHeaderKey } from './map-header.ts';

/** The admin's own reading of a column: a field, or null to leave the column out. */
export interface GivenMapping {
  header: string;
  field: ImportField | null;
}

/** Mappings remembered from earlier imports, by toHeaderKey of the column's header. */
export type RememberedMapping = Record<string, ImportField | null>;

export interface ImportColumn {
  /** Zero-based column index in the sheet. */
  index: number;
  /** The header as written; "联系人 / 姓名" when a merged cell above changes what it means. */
  header: string;
  /** null: not a column we understand, or a second column for a field already taken. */
  field: ImportField | null;
  inTenThousands: boolean;
  /** Read by a mapping the admin gave for this import, or one remembered from an earlier one. */
  mappedBy: 'given' | 'remembered' | null;
}

export interface HeaderLocation {
  /** Index into the grid of the header row; data starts below it. */
  headerIndex: number;
  columns: ImportColumn[];
  /** headerRowKey of the header row: what a mapping is remembered under. */
  rowKey: string;
  /** Given mappings whose header is not in the header row, as the admin wrote them. */
  unmatched: string[];
}

// Spreadsheets often open with a title row or two ("2026 客户名单"); headers are found within these.
const searchedRows = 10;

/** A header row's identity: its headers' keys in order, so "客户名称 | 对接人" is one key however typed. */
export function headerRowKey(cells: string[]): string {
  return cells
    .map((cell) => (cell.trim() === '' ? '' : toHeaderKey(cell)))
    .join('|')
    .replace(/\|+$/, '');
}

/** The keys of the rows that could hold the headers: a remembered mapping is looked up under these. */
export function candidateHeaderKeys(grid: string[][]): string[] {
  return grid.slice(0, searchedRows).map(headerRowKey);
}

/**
 * Finds the header row: of the first rows, the one naming the most distinct fields (the earlier on a
 * tie). A cell of the row above that differs from the cell counts as its group, which is how a two-row
 * header with merged cells (联系人 over 姓名 | 电话 | 邮箱) reads. XLSX readers repeat a merged cell's value
 * in every cell it covers. A mapping the admin gave, then one remembered for that row, decides a
 * column before its header's wording does. Null when no row has a customer-name column.
 */
export function locateHeaders(
  grid: string[][],
  mappings: { given?: GivenMapping[]; remembered?: ReadonlyMap<string, RememberedMapping> } = {},
): HeaderLocation | null {
  const given = mappings.given ?? [];
  let best: (HeaderLocation & { score: number }) | null = null;
  for (let r = 0; r < Math.min(grid.length, searchedRows); r += 1) {
    const rowKey = headerRowKey(grid[r]!);
    const explicit = { given, remembered: mappings.remembered?.get(rowKey) ?? {} };
    const { columns, unmatched } = readHeaderRow(grid[r]!, r > 0 ? grid[r - 1]! : [], explicit);
    const fields = new Set(columns.flatMap((column) => (column.field ? [column.field] : [])));
    if (!fields.has('name')) continue;
    if (!best || fields.size > best.score)
      best = { headerIndex: r, columns, rowKey, unmatched, score: fields.size };
  }
  return (
    best && {
      headerIndex: best.headerIndex,
      columns: best.columns,
      rowKey: best.rowKey,
      unmatched: best.unmatched,
    }
  );
}

interface Explicit {
  given: GivenMapping[];
  remembered: RememberedMapping;
}

function readHeaderRow(
  cells: string[],
  above: string[],
  explicit: Explicit,
): { columns: ImportColumn[]; unmatched: string[] } {
  const givenByKey = new Map(explicit.given.map((mapping) => [toHeaderKey(mapping.header), mapping]));
  const used = new Set<GivenMapping>();
  const columns: (ImportColumn & { auto: ReturnType<typeof mapHeader> })[] = [];
  cells.forEach((cell, index) => {
    const header = cell.trim();
    if (header === '') return;
    const group = above[index]?.trim() ?? '';
    const auto = mapHeader(header, group !== header ? group : undefined);
    // A title row spanning the sheet is no group; name the group only where it changed the meaning.
    const grouped = group !== '' && auto?.field !== mapHeader(header)?.field;
    const shown = grouped ? `${group} / ${header}` : header;
    const keys = [toHeaderKey(header), toHeaderKey(shown)];
    const givenHere = keys.map((key) => givenByKey.get(key)).find(Boolean);
    if (givenHere) used.add(givenHere);
    const rememberedKey = keys.find((key) => Object.hasOwn(explicit.remembered, key));
    const column = { index, header: shown, field: null, inTenThousands: false, auto };
    if (givenHere) columns.push({ ...column, field: givenHere.field, mappedBy: 'given' });
    else if (rememberedKey !== undefined)
      columns.push({ ...column, field: explicit.remembered[rememberedKey]!, mappedBy: 'remembered' });
    else columns.push({ ...column, mappedBy: null });
  });
  // Mapped columns take their fields first; a worded header then takes a field still free.
  const taken = new Set<ImportField>();
  for (const column of columns) {
    if (column.mappedBy === null || column.field === null) continue;
    if (taken.has(column.field)) column.field = null;
    else taken.add(column.field);
  }
  for (const column of columns) {
    if (column.mappedBy !== null || !column.auto || taken.has(column.auto.field)) continue;
    column.field = column.auto.field;
    taken.add(column.field);
  }
  return {
    columns: columns.map(({ auto, ...column }) => ({
      ...column,
      inTenThousands: column.field === 'sales' && isInTenThousands(column.header),
    })),
    unmatched: explicit.given.filter((mapping) => !used.has(mapping)).map((mapping) => mapping.header),
  };
}
