import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { ExportTable } from '../db/export-table.ts';

export type TableFormat = 'csv' | 'xlsx';

/**
 * A table as file bytes. CSV gets a UTF-8 byte order mark, without which Excel opens Chinese text as
 * mojibake; XLSX gets a bold, frozen header row.
 */
export async function encodeTable(table: ExportTable, format: TableFormat): Promise<Uint8Array> {
  if (format === 'csv') {
    return new TextEncoder().encode(
      `\uFEFF${stringify([table.headers, ...table.rows], { record_delimiter: 'windows' })}`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('export', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headers).font = { bold: true };
  sheet.addRows(table.rows);
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(
      ...[table.headers[index] ?? '', ...table.rows.slice(0, 200).map((row) => String(row[index] ?? ''))].map(
        (text) => [...text].length,
      ),
    );
    column.width = Math.min(60, Math.max(8, longest + 2));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
