import { createHash } from 'node:crypto';
import { z } from 'zod';
import { importFields } from '../domain/import/import-fields.ts';
import type { RememberedMapping } from '../domain/import/locate-headers.ts';
import type { Db, Tx } from './client.ts';
import { writeSetting } from './settings.ts';

// One setting per header row. The key is a hash (header rows can be long); the value keeps the row.
const prefix = 'import.mapping.';
const keyOf = (rowKey: string) => prefix + createHash('sha256').update(rowKey).digest('hex').slice(0, 32);

const storedSchema = z.object({
  headers: z.string(),
  fields: z.record(z.string(), z.enum(importFields).nullable()),
});

/** The column mappings remembered for any of these header rows (headerRowKey), by row key. */
export async function loadRememberedMappings(
  db: Db | Tx,
  rowKeys: string[],
): Promise<Map<string, RememberedMapping>> {
  const wanted = [...new Set(rowKeys.filter((rowKey) => rowKey !== ''))];
  const rows = await db.setting.findMany({ where: { key: { in: wanted.map(keyOf) } } });
  const found = new Map<string, RememberedMapping>();
  for (const row of rows) {
    let parsed: ReturnType<typeof storedSchema.safeParse>;
    try {
      parsed = storedSchema.safeParse(JSON.parse(row.value));
    } catch {
      // A row edited by hand into something that is not JSON: as if nothing were remembered.
      continue;
    }
    if (parsed.success && wanted.includes(parsed.data.headers))
      found.set(parsed.data.headers, parsed.data.fields);
  }
  return found;
}

/**
 * Remembers how an admin mapped columns, for the next file with the same header row: merged into what
 * was remembered before, so mapping one more column keeps the others.
 */
export async function rememberMapping(
  db: Db | Tx,
  rowKey: string,
  fields: RememberedMapping,
  personId: number,
): Promise<void> {
  const before = (await loadRememberedMappings(db, [rowKey])).get(rowKey) ?? {};
  await writeSetting(db, keyOf(rowKey), { headers: rowKey, fields: { ...before, ...fields } }, personId);
}
