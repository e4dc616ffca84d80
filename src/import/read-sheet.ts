import type { Locale } from '../domain/people.ts';
import { BotError } from '../errors.ts';
import { readCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';

export interface SheetFile {
  fileName: string;
  bytes: Uint8Array;
}

/** The file's rows as text cells, by its extension: .csv (and .txt, .tsv) or .xlsx. */
export async function readSheet(file: SheetFile, locale: Locale): Promise<string[][]> {
  const extension = /\.([a-z0-9]+)$/i.exec(file.fileName)?.[1]?.toLowerCase() ?? '';
  const zh = locale !== 'en';
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') {
    try {
      return readCsv(file.bytes);
    } catch (error) {
      const line = (error as { lines?: number }).lines;
      throw new BotError(
        'invalid_input',
        zh
          ? `「${file.fileName}」${line ? `第 ${line} 行` : ''}不是有效的 CSV（引号不配对？）。`
          : `"${file.fileName}" is not valid CSV${line ? ` at line ${line}` : ''} (an unmatched quote?).`,
      );
    }
  }
  if (extension === 'xlsx') {
    try {
      return await readXlsx(file.bytes);
    } catch {
      // exceljs says "End of data reached (data length = 0, asked index = 4)" or the like: not for people.
      throw new BotError(
        'invalid_input',
        zh
          ? `「${file.fileName}」打不开，不是有效的 .xlsx 文件。`
          : `"${file.fileName}" could not be opened: it is not a valid .xlsx file.`,
      );
    }
  }
  throw new BotError(
    'invalid_input',
    extension === 'xls'
      ? zh
        ? '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 .csv 后再导入。'
        : 'Old .xls files are not supported. Save it as .xlsx or .csv in Excel and import that.'
      : zh
        ? `只能导入 .csv 或 .xlsx 文件，「${file.fileName}」不是。`
        : `Only .csv and .xlsx files can be imported, and "${file.fileName}" is neither.`,
  );
}
