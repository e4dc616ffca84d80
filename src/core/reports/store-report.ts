import { recordAudit } from '../../db/audit.ts';
import type { Db } from '../../db/client.ts';

export interface ReportRow {
  key: string;
  kind: 'rep' | 'team';
  day: string;
  personId?: number;
  teamId?: number;
  content: unknown;
  narrative: string;
  /** "template" or "llm:<model>". */
  writtenBy: string;
}

/** Stores (or refreshes) a report with its provenance in the audit log. */
export async function storeReport(
  db: Db,
  row: ReportRow,
  context: { actorId: number | null; source: string; at: Date },
): Promise<number> {
  return db.$transaction(async (tx) => {
    const data = {
      kind: row.kind,
      day: row.day,
      personId: row.personId ?? null,
      teamId: row.teamId ?? null,
      content: JSON.stringify(row.content),
      narrative: row.narrative,
      writtenBy: row.writtenBy,
    };
    const stored = await tx.report.upsert({
      where: { key: row.key },
      create: { key: row.key, ...data },
      update: data,
    });
    await recordAudit(tx, [
      {
        actorId: context.actorId,
        action: 'report.stored',
        entity: 'report',
        entityId: stored.id,
        data: { key: row.key },
        source: context.source,
        parser: row.writtenBy === 'template' ? 'rules' : row.writtenBy,
        at: context.at,
      },
    ]);
    return stored.id;
  });
}
