import { createHash } from 'node:crypto';
import type { Db, Tx } from './client.ts';

const lifetimeMs = 24 * 60 * 60 * 1000;

export interface PendingImportRow {
  id: number;
  personId: number;
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  rows: number;
  expiresAt: Date;
  resolvedAt: Date | null;
  outcome: string | null;
  auditId: number | null;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Keeps a file an admin sent until they confirm or cancel its import (a day at most). Earlier uploads
 * that expired unanswered are marked so and emptied on the way: nothing will ever read them.
 */
export async function savePendingImport(
  db: Db,
  file: { personId: number; fileName: string; bytes: Uint8Array; sha256: string; rows: number },
  now: Date,
): Promise<number> {
  await db.pendingImport.updateMany({
    where: { expiresAt: { lt: now }, resolvedAt: null },
    data: { bytes: new Uint8Array(0), resolvedAt: now, outcome: 'expired' },
  });
  const row = await db.pendingImport.create({
    data: {
      personId: file.personId,
      fileName: file.fileName,
      bytes: new Uint8Array(file.bytes),
      sha256: file.sha256,
      rows: file.rows,
      expiresAt: new Date(now.getTime() + lifetimeMs),
    },
  });
  return row.id;
}

export async function findPendingImport(db: Db, id: number): Promise<PendingImportRow | null> {
  return db.pendingImport.findUnique({ where: { id } });
}

/** The last import of a file with exactly these bytes, if one was committed from chat. */
export async function findImportOfSameFile(
  db: Db,
  sha256: string,
): Promise<{ personId: number; resolvedAt: Date } | null> {
  const row = await db.pendingImport.findFirst({
    where: { sha256, outcome: 'imported' },
    orderBy: { resolvedAt: 'desc' },
    select: { personId: true, resolvedAt: true },
  });
  return row?.resolvedAt ? { personId: row.personId, resolvedAt: row.resolvedAt } : null;
}

/**
 * Marks the upload imported (or cancelled) and lets go of its bytes. Atomic: of two presses, or a
 * press and a redelivery, one wins; false for the other. Inside the import's transaction, so a failed
 * import leaves the upload waiting.
 */
export async function resolvePendingImport(
  client: Db | Tx,
  id: number,
  outcome: { kind: 'imported'; auditId: number } | { kind: 'cancelled' },
  now: Date,
): Promise<boolean> {
  const { count } = await client.pendingImport.updateMany({
    where: { id, resolvedAt: null },
    data: {
      resolvedAt: now,
      outcome: outcome.kind,
      auditId: outcome.kind === 'imported' ? outcome.auditId : null,
      bytes: new Uint8Array(0),
    },
  });
  return count === 1;
}

/**
 * The upload this admin sent last that still waits for a confirm, within its day: what an answer such
 * as "导入 映射 对接人=联系人" is about. Null when there is none.
 */
export async function findOpenPendingImport(
  db: Db,
  personId: number,
  now: Date,
): Promise<PendingImportRow | null> {
  return db.pendingImport.findFirst({
    where: { personId, resolvedAt: null, expiresAt: { gte: now } },
    orderBy: { id: 'desc' },
  });
}

/** A new preview of the same upload (with a column mapping) promises this many rows now. */
export async function updatePendingImportRows(db: Db, id: number, rows: number): Promise<void> {
  await db.pendingImport.updateMany({ where: { id, resolvedAt: null }, data: { rows } });
}
