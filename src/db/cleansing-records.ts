import type { CleansingRecord } from '../domain/cleansing/find-data-issues.ts';
import type { Db } from './client.ts';

export type NamedCleansingRecord = CleansingRecord & { id: number; name: string; owner: string | null };

/** Every customer (or one team's) with what the data-cleansing rules read. */
export async function loadCleansingRecords(
  db: Db,
  scope: { teamId: number | null },
): Promise<NamedCleansingRecord[]> {
  const rows = await db.customer.findMany({
    where: scope.teamId === null ? {} : { owner: { teamId: scope.teamId } },
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      ownerId: true,
      inPoolSince: true,
      status: true,
      lastContactAt: true,
      createdAt: true,
      owner: { select: { name: true } },
      contacts: { select: { name: true, phone: true, email: true }, orderBy: { id: 'asc' } },
    },
  });
  return rows.map(({ owner, ...row }) => ({ ...row, owner: owner?.name ?? null }));
}
