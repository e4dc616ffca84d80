import { DateTime } from 'luxon';
import type { Db, Tx } from '../db/client.ts';
import { loadImportLookup } from '../db/import-lookup.ts';
import { loadRememberedMappings, rememberMapping } from '../db/import-mappings.ts';
import { writeImport } from '../db/import-write.ts';
import { readPhoneRegion } from '../db/phone-region.ts';
import type { ImportReport, OutcomeKind } from '../domain/import/import-report.ts';
import {
  candidateHeaderKeys,
  type GivenMapping,
  type HeaderLocation,
  locateHeaders,
} from '../domain/import/locate-headers.ts';
import { toHeaderKey } from '../domain/import/map-header.ts';
import { type ImportPlan, planImport } from '../domain/import/plan-import.ts';
import type { Actor } from '../domain/people.ts';
import { BotError } from '../errors.ts';
import { t } from '../i18n/t.ts';
import { collectKeys, readDataRows } from './read-data-rows.ts';
import { readSheet, type SheetFile } from './read-sheet.ts';
import { requireAdmin } from './require-admin.ts';
import { tellNewOwners } from './tell-new-owners.ts';

export interface ImportOptions {
  /** false: a dry run that reports and writes nothing. */
  commit: boolean;
  now: Date;
  /** The workspace zone: a sale without a date happened on the import day there. */
  timeZone?: string;
  /** For the audit log: the message or command that ran it. */
  source?: string;
  /**
   * Runs inside a commit's transaction once everything is written; throwing undoes the whole import
   * (the chat import marks its stored file as imported here, so it is imported once).
   */
  onCommit?: (tx: Tx, auditId: number) => Promise<void>;
  /**
   * The admin's reading of columns the headers do not say (对接人 → contact), or a correction. They are
   * remembered for the next file with the same header row, which then needs none.
   */
  mappings?: GivenMapping[];
}

const maxRows = 200_000;
// One transaction for the whole file; 100,000 rows take seconds, so the default 5 s is far too short.
const transactionTimeout = 10 * 60_000;

/**
 * Imports customers, contacts and sales from a CSV or XLSX file: an admin's dry run (the default)
 * reports what would be created, updated, merged and rejected; with `commit` it writes all of it in
 * one transaction, recorded in the audit log, or nothing at all. Rejected rows are skipped either way
 * and listed with their reasons. The chat adapters call this with the bytes of a file an admin sent.
 */
export async function importCustomers(
  db: Db,
  actor: Actor,
  file: SheetFile,
  options: ImportOptions,
): Promise<ImportReport> {
  requireAdmin(actor, 'import');
  const grid = await readSheet(file, actor.locale);
  const given = options.mappings ?? [];
  const [phoneRegion, remembered] = await Promise.all([
    readPhoneRegion(db),
    loadRememberedMappings(db, candidateHeaderKeys(grid)),
  ]);
  const headers = locateHeaders(grid, { given, remembered });
  if (!headers) throw noNameColumn(actor, file.fileName);
  if (headers.unmatched.length > 0) throw notAHeader(actor, headers);
  if (given.length > 0) {
    const fields = Object.fromEntries(given.map((mapping) => [toHeaderKey(mapping.header), mapping.field]));
    await rememberMapping(db, headers.rowKey, fields, actor.id);
  }
  const { rows, blankRows } = readDataRows(grid, headers, phoneRegion);
  if (rows.length > maxRows) {
    throw new BotError(
      'invalid_input',
      t(actor.locale, 'importCustomers.theFileHasRowscount', { rowsCount: rows.length, maxRows }),
    );
  }
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const importDay = DateTime.fromJSDate(options.now, { zone: timeZone }).toISODate()!;
  const keys = collectKeys(rows);
  const plan = async (client: Db | Tx) =>
    planImport(rows, await loadImportLookup(client, keys, phoneRegion), { importDay });
  const provenance = {
    actorId: actor.id,
    source: options.source ?? `import:${file.fileName}`,
    fileName: file.fileName,
    now: options.now,
  };
  // A commit plans again inside its transaction, against the CRM as it is at that moment.
  const { planned, auditId } = options.commit
    ? await db.$transaction(
        async (tx) => {
          const inside = await plan(tx);
          const auditId = await writeImport(tx, inside, provenance);
          await tellNewOwners(tx, inside, { actor, auditId, timeZone, now: options.now });
          await options.onCommit?.(tx, auditId);
          return { planned: inside, auditId };
        },
        { timeout: transactionTimeout, maxWait: 10_000 },
      )
    : { planned: await plan(db), auditId: null };
  return toReport(file.fileName, headers, blankRows, planned, auditId);
}

function toReport(
  fileName: string,
  headers: HeaderLocation,
  blankRows: number,
  plan: ImportPlan,
  auditId: number | null,
): ImportReport {
  const counts: Record<OutcomeKind, number> = { create: 0, update: 0, merge: 0, unchanged: 0, reject: 0 };
  for (const outcome of plan.outcomes) counts[outcome.kind] += 1;
  const written = [...plan.creates, ...plan.updates];
  return {
    fileName,
    committed: auditId !== null,
    auditId,
    columns: headers.columns.map((column) => ({
      header: column.header,
      field: column.field,
      ...(column.mappedBy ? { mappedBy: column.mappedBy } : {}),
    })),
    blankRows,
    rows: plan.outcomes,
    counts,
    totals: {
      customers: plan.creates.length,
      contacts: written.reduce((sum, t) => sum + t.contacts.filter((c) => c.id === null).length, 0),
      sales: written.reduce((sum, t) => sum + t.newSales.length, 0),
    },
  };
}

function noNameColumn(actor: Actor, fileName: string): BotError {
  return new BotError(
    'invalid_input',
    t(actor.locale, 'importCustomers.filenameHasNoCustomer', { fileName }),
  );
}

function notAHeader(actor: Actor, headers: HeaderLocation): BotError {
  const missing = headers.unmatched.join(t(actor.locale, 'list.separator'));
  const present = headers.columns.map((column) => column.header).join(t(actor.locale, 'list.separator'));
  return new BotError(
    'invalid_input',
    t(actor.locale, 'importCustomers.theFilesHeaderRow', { missing, present }),
  );
}
