import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Db } from '../db/client.ts';
import { readColumnMappings } from '../domain/import/read-column-mappings.ts';
import { isBotError } from '../errors.ts';
import { findCliActor } from './find-cli-actor.ts';
import { formatImportReport } from './format-import-report.ts';
import { importCustomers } from './import-customers.ts';

/**
 * `crm import FILE [--commit] [--map HEADER=FIELD …]`: a dry run by default; prints the report. Acts
 * as the first admin. A mapping reads a column the headers do not name, and is remembered.
 */
export async function runImportCommand(
  db: Db,
  options: { file: string; commit: boolean; now: Date; timeZone: string; map?: string[] },
): Promise<number> {
  const read = options.map?.length ? readColumnMappings(options.map) : { kind: 'ok' as const, mappings: [] };
  if (read.kind === 'invalid') {
    console.error(
      `--map: ${read.bad.map((pair) => `"${pair}"`).join(', ') || '(empty)'} is not HEADER=FIELD with a known field (name, contact, title, phone, email, owner, region, industry, size, grade, … or ignore)`,
    );
    return 2;
  }
  const found = await findCliActor(db, undefined);
  if (found.kind === 'problem') {
    console.error(found.message);
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(options.file);
  } catch {
    console.error(`cannot read "${options.file}"`);
    return 2;
  }
  try {
    const report = await importCustomers(
      db,
      found.actor,
      { fileName: basename(options.file), bytes },
      {
        commit: options.commit,
        now: options.now,
        timeZone: options.timeZone,
        source: `cli:import:${basename(options.file)}`,
        mappings: read.mappings,
      },
    );
    console.log(formatImportReport(report, found.actor.locale));
    return 0;
  } catch (error) {
    if (!isBotError(error)) throw error;
    console.error(error.userMessage);
    return 1;
  }
}
