import type { z } from 'zod';
import type { Db, Tx } from './client.ts';

/**
 * A workspace setting: stored as JSON, validated on the way out, with its default when unset or when
 * what is stored no longer fits the schema (an operator edited the row by hand).
 */
export async function readSetting<T>(
  db: Db | Tx,
  key: string,
  schema: z.ZodType<T>,
  fallback: T,
): Promise<T> {
  const row = await db.setting.findUnique({ where: { key } });
  if (!row) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : fallback;
  } catch {
    // Not JSON at all: the same as unset.
    return fallback;
  }
}

export async function writeSetting(
  db: Db | Tx,
  key: string,
  value: unknown,
  /** The person who changed it; null for an operator at the command line. */
  updatedBy: number | null,
): Promise<void> {
  const json = JSON.stringify(value);
  await db.setting.upsert({
    where: { key },
    update: { value: json, updatedBy },
    create: { key, value: json, updatedBy },
  });
}
