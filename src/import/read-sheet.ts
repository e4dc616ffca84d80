import type { Locale } from '../domain/people.ts';
import { BotError } from '../errors.ts';
import { t } from '../i18n/t.ts';
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
        t(locale, 'readSheet.filenameCouldNotBe', { fileName: file.fileName }),
      );
    }
  }
  throw new BotError(
    'invalid_input',
    extension === 'xls'
      ? t(locale, 'readSheet.oldXlsFilesAre')
      : t(locale, 'readSheet.onlyCsvAndXlsx', { fileName: file.fileName }),
  );
}
