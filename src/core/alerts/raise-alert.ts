import { alertCard } from '../../../cards/alert.ts';
import { type AlertRecord, getAlert, insertAlert } from '../../db/alerts.ts';
import { recordAudit } from '../../db/audit.ts';
import type { Db } from '../../db/client.ts';
import { recordPush } from '../../db/pushes.ts';
import type { AlertFinding } from '../../domain/alerts/detect-alerts.ts';
import { type Locale, readLocale } from '../../domain/people.ts';
import type { Logger } from '../../logger.ts';

export interface AlertDeps {
  db: Db;
  log: Logger;
  now: () => Date;
  timeZone: string;
}

/**
 * Tells the rep's manager at once about a visit that reports a competitor move or a serious problem
 * with our product. One alert per visit, whoever (the rules or the model) finds it first.
 */
export async function raiseAlert(
  deps: AlertDeps,
  input: { visitId: number; findings: AlertFinding[]; detectedBy: string; source: string },
): Promise<number | null> {
  if (input.findings.length === 0) return null;
  const visit = await deps.db.visit.findUniqueOrThrow({
    where: { id: input.visitId },
    select: { author: { select: { id: true, managerId: true, manager: { select: { locale: true } } } } },
  });
  const managerId = visit.author.managerId;
  if (managerId === null) {
    deps.log.info({ visitId: input.visitId }, 'visit alert found, but the rep has no manager to tell');
    return null;
  }
  const now = deps.now();
  const alertId = await deps.db.$transaction(async (tx) => {
    const id = await insertAlert(
      tx,
      {
        visitId: input.visitId,
        managerId,
        kinds: [...new Set(input.findings.map((f) => f.kind))],
        excerpt: [...new Set(input.findings.map((f) => f.excerpt))].join('\n').slice(0, 1000),
        detectedBy: input.detectedBy,
      },
      now,
    );
    if (id === null) return null;
    const alert = (await getAlert(tx, id))!;
    await recordPush(
      tx,
      {
        key: `visit_alert:${id}`,
        personId: managerId,
        kind: 'visit_alert',
        cards: [toAlertCard(alert, readLocale(visit.author.manager?.locale), deps.timeZone)],
      },
      now,
    );
    await recordAudit(tx, [
      {
        actorId: visit.author.id,
        action: 'alert.raised',
        entity: 'alert',
        entityId: id,
        data: { visitId: input.visitId, kinds: alert.kinds, managerId },
        source: input.source,
        parser: input.detectedBy,
        at: now,
      },
    ]);
    return id;
  });
  if (alertId !== null) deps.log.info({ alertId, visitId: input.visitId }, 'visit alert raised');
  return alertId;
}

export function toAlertCard(
  alert: AlertRecord,
  locale: Locale,
  timeZone: string,
  extra: { handled?: { by: string; at: Date; to?: string }; forwardedBy?: string } = {},
) {
  return alertCard({
    locale,
    timeZone,
    alertId: alert.id,
    visitId: alert.visitId,
    minutesId: alert.minutesId,
    customer: alert.customer,
    rep: alert.rep.name,
    occurredAt: alert.occurredAt,
    kinds: alert.kinds,
    excerpt: alert.excerpt,
    detectedBy: alert.detectedBy.startsWith('llm:') ? alert.detectedBy.slice(4) : 'rules',
    status: alert.status,
    ...extra,
  });
}
