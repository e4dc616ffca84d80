import { getAlert } from '../../db/alerts.ts';
import { recordAudit } from '../../db/audit.ts';
import { recordPush } from '../../db/pushes.ts';
import { readLocale } from '../../domain/people.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { colleagueProblem, findColleague } from '../complaints/find-colleague.ts';
import { type Ctx, reply } from '../context.ts';
import type { Reply } from '../types.ts';
import { toAlertCard } from './raise-alert.ts';

/** The manager the alert went to (or an admin) acknowledges it, or forwards it to a colleague. */
export async function handleAlert(
  ctx: Ctx,
  alertId: number,
  action: { kind: 'acknowledge' } | { kind: 'forward'; to: string },
): Promise<Reply> {
  const alert = await getAlert(ctx.db, alertId);
  if (!alert) throw new BotError('not_found', t(ctx.actor.locale, 'handleAlert.thatAlertDoesNot'));
  if (alert.managerId !== ctx.actor.id && ctx.actor.role !== 'admin')
    throw new BotError('forbidden', t(ctx.actor.locale, 'handleAlert.thatAlertWasNot'));
  if (alert.status !== 'open')
    throw new BotError('conflict', t(ctx.actor.locale, 'handleAlert.thatAlertWasAlready'));
  const at = ctx.now();
  let to: { id: number; name: string; locale: string } | null = null;
  if (action.kind === 'forward') {
    const match = await findColleague(ctx.db, action.to);
    if (match.kind !== 'found')
      throw new BotError('invalid_input', colleagueProblem(match, action.to, ctx.actor.locale));
    to = match.person;
  }
  await ctx.db.$transaction(async (tx) => {
    const { count } = await tx.alert.updateMany({
      where: { id: alertId, status: 'open' },
      data: to
        ? { status: 'forwarded', forwardedTo: to.id, acknowledgedAt: at }
        : { status: 'acknowledged', acknowledgedAt: at },
    });
    if (count === 0) throw new BotError('conflict', t(ctx.actor.locale, 'handleAlert.thatAlertWasAlready'));
    if (to) {
      await recordPush(
        tx,
        {
          key: `visit_alert:${alertId}:to:${to.id}`,
          personId: to.id,
          kind: 'visit_alert',
          cards: [
            toAlertCard({ ...alert, status: 'forwarded' }, readLocale(to.locale), ctx.timeZone, {
              forwardedBy: ctx.actor.name,
            }),
          ],
        },
        at,
      );
    }
    await recordAudit(tx, [
      {
        actorId: ctx.actor.id,
        action: to ? 'alert.forwarded' : 'alert.acknowledged',
        entity: 'alert',
        entityId: alertId,
        data: to ? { to: to.id } : null,
        source: ctx.source,
        parser: 'rules',
        at,
      },
    ]);
  });
  const updated = (await getAlert(ctx.db, alertId))!;
  const card = toAlertCard(updated, ctx.actor.locale, ctx.timeZone, {
    handled: { by: ctx.actor.name, at, ...(to ? { to: to.name } : {}) },
  });
  return reply([card], { replaceOriginal: true });
}
