import type { Db } from '../db/client.ts';
import { type ExportKind, loadExportTable } from '../db/export-table.ts';
import { findVisibleCustomerIds } from '../db/export-visible-customers.ts';
import type { Actor } from '../domain/people.ts';
import { encodeTable, type TableFormat } from './encode-table.ts';

/**
 * Customers, contacts, visits, follow-ups or complaints as a CSV or XLSX file, holding only what the
 * requester may see. For the CLI now and for chat adapters later.
 */
export async function exportRecords(
  db: Db,
  actor: Actor,
  options: { what: ExportKind; format: TableFormat; timeZone: string },
): Promise<{ bytes: Uint8Array; rows: number }> {
  const visible = await findVisibleCustomerIds(db, actor);
  const table = await loadExportTable(db, options.what, {
    visible,
    locale: actor.locale,
    timeZone: options.timeZone,
  });
  return { bytes: await encodeTable(table, options.format), rows: table.rows.length };
}
