import {
  type MinutesContent,
  type MinutesProvenance,
  minutesContentSchema,
} from '../domain/minutes/minutes-content.ts';
import type { Db, Tx } from './client.ts';

export type MinutesStatus = 'draft' | 'confirmed';
export type MinutesChange = 'drafted' | 'model_draft' | 'edited' | 'confirmed';

export interface MinutesRecord {
  id: number;
  visitId: number;
  authorId: number;
  author: { id: number; name: string; teamId: number | null; managerId: number | null; locale: string };
  customer: string;
  status: MinutesStatus;
  version: number;
  content: MinutesContent;
  provenance: MinutesProvenance;
  dueAt: Date;
  confirmedAt: Date | null;
  confirmedBy: string | null;
  /** The last change: what it was, by whom (null: the bot or the model), when. */
  lastChange: { change: MinutesChange; by: string | null; at: Date } | null;
}

const include = {
  visit: {
    select: {
      customer: { select: { name: true } },
      author: { select: { id: true, name: true, teamId: true, managerId: true, locale: true } },
    },
  },
  versions: { orderBy: { version: 'desc' as const }, take: 1 },
};

export async function getMinutes(
  db: Db | Tx,
  where: { id: number } | { visitId: number },
): Promise<MinutesRecord | null> {
  const row = await db.minutes.findUnique({ where, include });
  if (!row) return null;
  const names = new Map<number, string>();
  const ids = [row.confirmedBy, row.versions[0]?.changedBy].filter((id): id is number => id != null);
  for (const person of await db.person.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
  }))
    names.set(person.id, person.name);
  const last = row.versions[0];
  return {
    id: row.id,
    visitId: row.visitId,
    authorId: row.authorId,
    author: row.visit.author,
    customer: row.visit.customer.name,
    status: row.status as MinutesStatus,
    version: row.version,
    content: minutesContentSchema.parse(JSON.parse(row.content)),
    provenance: JSON.parse(row.provenance) as MinutesProvenance,
    dueAt: row.dueAt,
    confirmedAt: row.confirmedAt,
    confirmedBy: row.confirmedBy === null ? null : (names.get(row.confirmedBy) ?? null),
    lastChange: last
      ? {
          change: last.change as MinutesChange,
          by: last.changedBy === null ? null : (names.get(last.changedBy) ?? null),
          at: last.at,
        }
      : null,
  };
}

/** Writes the next version of the minutes; the previous ones stay as they were. */
export async function writeMinutesVersion(
  tx: Tx,
  minutes: { id: number; version: number },
  next: {
    content: MinutesContent;
    provenance: MinutesProvenance;
    change: MinutesChange;
    changedBy: number | null;
    at: Date;
    status?: MinutesStatus;
  },
): Promise<number> {
  const version = minutes.version + 1;
  // The version check makes two concurrent writers collide instead of overwriting each other.
  const { count } = await tx.minutes.updateMany({
    where: { id: minutes.id, version: minutes.version },
    data: {
      version,
      content: JSON.stringify(next.content),
      provenance: JSON.stringify(next.provenance),
      ...(next.status === 'confirmed'
        ? { status: 'confirmed', confirmedAt: next.at, confirmedBy: next.changedBy }
        : {}),
    },
  });
  if (count === 0) return 0;
  await tx.minutesVersion.create({
    data: {
      minutesId: minutes.id,
      version,
      content: JSON.stringify(next.content),
      provenance: JSON.stringify(next.provenance),
      change: next.change,
      changedBy: next.changedBy,
      at: next.at,
    },
  });
  return version;
}

export async function createMinutes(
  tx: Tx,
  input: {
    visitId: number;
    authorId: number;
    content: MinutesContent;
    provenance: MinutesProvenance;
    dueAt: Date;
    at: Date;
  },
): Promise<number> {
  const row = await tx.minutes.create({
    data: {
      visitId: input.visitId,
      authorId: input.authorId,
      content: JSON.stringify(input.content),
      provenance: JSON.stringify(input.provenance),
      dueAt: input.dueAt,
      createdAt: input.at,
      versions: {
        create: {
          version: 1,
          content: JSON.stringify(input.content),
          provenance: JSON.stringify(input.provenance),
          change: 'drafted',
          at: input.at,
        },
      },
    },
  });
  return row.id;
}
