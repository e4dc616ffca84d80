import type { Db, Tx } from './client.ts';

export interface AuditEntry {
  actorId: number | null;
  action: string;
  entity:
    | 'customer'
    | 'contact'
    | 'visit'
    | 'follow_up'
    | 'complaint'
    | 'person'
    | 'assignment_rule'
    | 'routing_rule'
    | 'setting'
    | 'minutes'
    | 'report'
    | 'alert';
  entityId: number;
  data?: unknown;
  /** The message or card action that caused the write, e.g. "console:12". */
  source: string;
  parser?: string;
  confirmedBy?: number | null;
  /** When it happened, by the caller's clock; the database's time when absent. */
  at?: Date;
}

export async function recordAudit(tx: Tx, entries: AuditEntry[]): Promise<void> {
  await tx.auditLog.createMany({
    data: entries.map((entry) => ({
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      data: entry.data === undefined ? null : JSON.stringify(entry.data),
      source: entry.source,
      parser: entry.parser ?? null,
      confirmedBy: entry.confirmedBy ?? null,
      ...(entry.at ? { at: entry.at } : {}),
    })),
  });
}

/** What one event wrote, oldest first: the audit entries whose source is that event ("slack:Ev123"). */
export async function findWritesOf(
  db: Db,
  source: string,
): Promise<{ action: string; entity: string; entityId: number }[]> {
  return db.auditLog.findMany({
    where: { source },
    orderBy: { id: 'asc' },
    select: { action: true, entity: true, entityId: true },
  });
}
