import { type AlertKind, alertKinds } from '../domain/alerts/detect-alerts.ts';
import { type Db, type Tx, toDbTime } from './client.ts';

export interface AlertRecord {
  id: number;
  visitId: number;
  managerId: number;
  minutesId: number | null;
  customer: string;
  rep: { id: number; name: string };
  occurredAt: Date;
  kinds: AlertKind[];
  excerpt: string;
  detectedBy: string;
  status: 'open' | 'acknowledged' | 'forwarded';
  acknowledgedAt: Date | null;
  forwardedTo: number | null;
}

/** Stores the alert for a visit unless it has one; the id of the new alert, or null. */
export async function insertAlert(
  tx: Tx,
  input: { visitId: number; managerId: number; kinds: AlertKind[]; excerpt: string; detectedBy: string },
  now: Date,
): Promise<number | null> {
  // ON CONFLICT DO NOTHING: the rules and the model may both find the same visit; the first one tells.
  const rows = await tx.$executeRawUnsafe(
    'INSERT INTO Alert (visitId, managerId, kinds, excerpt, detectedBy, createdAt) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(visitId) DO NOTHING',
    input.visitId,
    input.managerId,
    JSON.stringify(input.kinds),
    input.excerpt,
    input.detectedBy,
    toDbTime(now),
  );
  if (rows === 0) return null;
  return (await tx.alert.findUniqueOrThrow({ where: { visitId: input.visitId }, select: { id: true } })).id;
}

export async function getAlert(db: Db | Tx, id: number): Promise<AlertRecord | null> {
  const row = await db.alert.findUnique({
    where: { id },
    include: {
      visit: {
        select: {
          occurredAt: true,
          minutes: { select: { id: true } },
          customer: { select: { name: true } },
          author: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    visitId: row.visitId,
    managerId: row.managerId,
    minutesId: row.visit.minutes?.id ?? null,
    customer: row.visit.customer.name,
    rep: row.visit.author,
    occurredAt: row.visit.occurredAt,
    kinds: (JSON.parse(row.kinds) as string[]).filter((k): k is AlertKind =>
      (alertKinds as readonly string[]).includes(k),
    ),
    excerpt: row.excerpt,
    detectedBy: row.detectedBy,
    status: row.status as AlertRecord['status'],
    acknowledgedAt: row.acknowledgedAt,
    forwardedTo: row.forwardedTo,
  };
}
