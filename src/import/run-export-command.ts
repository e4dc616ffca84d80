import { writeFile } from 'node:fs/promises';
import type { Db } from '../db/client.ts';
import { type ExportKind, exportKinds } from '../db/export-table.ts';
import { exportRecords } from './export-records.ts';
import { findCliActor } from './find-cli-actor.ts';

/**
 * `crm export FILE [--as NAME] [--what KIND]`: writes what NAME (default: the first admin) may see,
 * as CSV or XLSX by FILE's extension.
 */
export async function runExportCommand(
  db: Db,
  options: { file: string; as?: string; what?: string; timeZone: string },
): Promise<number> {
  const format = /\.(csv|xlsx)$/i.exec(options.file)?.[1]?.toLowerCase() as 'csv' | 'xlsx' | undefined;
  if (!format) {
    console.error(`export: "${options.file}" must end in .csv or .xlsx`);
    return 2;
  }
  const what = options.what ?? 'customers';
  if (!isExportKind(what)) {
    console.error(`--what: "${what}" is not one of ${exportKinds.join(', ')}`);
    return 2;
  }
  const found = await findCliActor(db, options.as);
  if (found.kind === 'problem') {
    console.error(found.message);
    return 2;
  }
  const { bytes, rows } = await exportRecords(db, found.actor, { what, format, timeZone: options.timeZone });
  await writeFile(options.file, bytes);
  console.log(`wrote ${rows} ${what} that ${found.actor.name} may see to ${options.file}`);
  return 0;
}

function isExportKind(value: string): value is ExportKind {
  return (exportKinds as readonly string[]).includes(value);
}
