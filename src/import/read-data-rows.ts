import { parseCompanyName } from '../domain/customers/parse-company-name.ts';
import type { ImportCells } from '../domain/import/import-fields.ts';
import type { HeaderLocation } from '../domain/import/locate-headers.ts';
import type { PhoneRegion } from '../domain/import/phone-regions.ts';
import type { PlannedRow } from '../domain/import/plan-import.ts';
import { readImportRow } from '../domain/import/read-import-row.ts';

/** The data rows under the header row, read and validated; blank rows counted, not read. */
export function readDataRows(
  grid: string[][],
  headers: HeaderLocation,
  phoneRegion: PhoneRegion,
): { rows: PlannedRow[]; blankRows: number } {
  const rows: PlannedRow[] = [];
  let blankRows = 0;
  const salesInTenThousands = headers.columns.some(
    (column) => column.field === 'sales' && column.inTenThousands,
  );
  for (let index = headers.headerIndex + 1; index < grid.length; index += 1) {
    const line = grid[index]!;
    if (line.every((cell) => cell.normalize('NFKC').trim() === '')) {
      blankRows += 1;
      continue;
    }
    const cells: ImportCells = {};
    for (const column of headers.columns) {
      if (column.field) cells[column.field] = line[column.index] ?? '';
    }
    const name = cells.name?.normalize('NFKC').trim() || null;
    const company = name ? parseCompanyName(name) : { key: '', regions: [] };
    rows.push({
      row: index + 1,
      name,
      owner: cells.owner?.normalize('NFKC').trim() || null,
      read: readImportRow(cells, { salesInTenThousands, phoneRegion }),
      key: company.key,
      regions: company.regions,
    });
  }
  // Trailing blank rows are formatting, not data the person left out.
  return { rows, blankRows: blankRows - trailingBlanks(grid, headers.headerIndex) };
}

function trailingBlanks(grid: string[][], headerIndex: number): number {
  let count = 0;
  for (let index = grid.length - 1; index > headerIndex; index -= 1) {
    if (!grid[index]!.every((cell) => cell.normalize('NFKC').trim() === '')) break;
    count += 1;
  }
  return count;
}

/** The name, phone and email keys of the valid rows: what the CRM is asked about. */
export function collectKeys(rows: PlannedRow[]) {
  const names: string[] = [];
  const phones: string[] = [];
  const emails: string[] = [];
  for (const row of rows) {
    if (row.read.kind !== 'valid') continue;
    names.push(row.key);
    if (row.read.row.keys.phone) phones.push(row.read.row.keys.phone);
    if (row.read.row.keys.email) emails.push(row.read.row.keys.email);
  }
  return { names, phones, emails };
}
