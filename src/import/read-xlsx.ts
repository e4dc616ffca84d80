import ExcelJS from 'exceljs';

/**
 * The rows of an XLSX workbook's first sheet with data, as text cells; index i is sheet row i + 1.
 * A merged cell's value appears in every cell it covers (exceljs reads it so), which is what header
 * detection relies on. Dates become YYYY-MM-DD, formulas their cached result, links their text.
 */
export async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet) return [];
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = toText(cell.value);
    });
    grid[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
  });
  return Array.from(grid, (row) => row ?? []);
}

function toText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return toText(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return toText(value.result as ExcelJS.CellValue);
  // An error cell (#N/A, #REF!) has no value worth importing.
  return '';
}
