import type { ComplaintCategory, Severity } from '../domain/vocabulary.ts';
import type { Db } from './client.ts';

export interface OpenComplaint {
  id: number;
  customer: string;
  category: ComplaintCategory;
  severity: Severity;
  /** When it must be resolved by. */
  dueAt: Date;
}

/** The open and accepted complaints a person owns, the soonest due first, and how many in all. */
export async function listOpenComplaints(
  db: Db,
  ownerId: number,
  limit: number,
): Promise<{ items: OpenComplaint[]; total: number }> {
  const where = { ownerId, status: { in: ['open', 'acknowledged'] } };
  const [rows, total] = await Promise.all([
    db.complaint.findMany({
      where,
      orderBy: [{ resolveDueAt: 'asc' }, { id: 'asc' }],
      take: limit,
      select: {
        id: true,
        category: true,
        severity: true,
        resolveDueAt: true,
        customer: { select: { name: true } },
      },
    }),
    db.complaint.count({ where }),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      customer: row.customer.name,
      // Written from the vocabulary by the complaint use cases; the columns are plain strings.
      category: row.category as ComplaintCategory,
      severity: row.severity as Severity,
      dueAt: row.resolveDueAt,
    })),
    total,
  };
}
