import {
  type AdmitRole,
  accessOutcomeText,
  accessRequestCard,
  admitRoles,
} from '../../../cards/access-request.ts';
import { formatWhen } from '../../../cards/text.ts';
import { recordAudit } from '../../db/audit.ts';
import { admitPerson, declinePerson, findDefaultTeamId, toKnownSender } from '../../db/people.ts';
import { canDecideAccess } from '../../domain/people.ts';
import { BotError } from '../../errors.ts';
import { type Ctx, reply } from '../context.ts';
import { findNamesakes } from '../request-access.ts';
import type { Reply } from '../types.ts';
import { findAccessRequest, tellAccessDecision } from './tell-access-decision.ts';

type Outcome = AdmitRole | 'declined';

/**
 * Approve as rep / service / manager, or Decline, on a request card. The first decision wins: the
 * card is updated in place for the one who pressed and for every other admin it went to, the person
 * is told, and the audit log says who decided and how.
 */
export async function decideAccess(ctx: Ctx, personId: number, chosen: unknown): Promise<Reply> {
  const { actor } = ctx;
  const zh = actor.locale !== 'en';
  const outcome = readOutcome(ctx, chosen);
  const row = await ctx.db.person.findUnique({ where: { id: personId } });
  if (!row) throw new BotError('not_found', zh ? '这个人已经不存在了。' : 'That person no longer exists.');
  if (!canDecideAccess(actor, row, outcome))
    throw new BotError(
      'forbidden',
      zh
        ? '只有管理员（或此人所在团队的经理，批准为销售或客服）可以为新同事开通。'
        : "Only an admin (or the manager of the person's team, as rep or service) can let people in.",
    );
  const known = toKnownSender(row);
  if (known.kind === 'member' || known.person.state !== 'pending') throw await alreadyDecided(ctx, row);
  const at = ctx.now();
  const request = await findAccessRequest(ctx.db, personId);
  const namesakes = await findNamesakes(ctx.db, row);
  const decided = { outcome, by: actor.name, at };
  await ctx.db.$transaction(async (tx) => {
    const done =
      outcome === 'declined'
        ? await declinePerson(tx, personId)
        : await admitPerson(
            tx,
            personId,
            {
              role: outcome,
              teamId: row.teamId ?? (actor.role === 'manager' ? actor.teamId : await findDefaultTeamId(tx)),
              ...(outcome === 'rep' && actor.role === 'manager' ? { managerId: actor.id } : {}),
            },
            ['pending'],
          );
    // Another admin pressed at the same moment and won.
    if (!done)
      throw new BotError(
        'conflict',
        zh ? '刚刚已有人处理了这个申请。' : 'Someone decided this a moment ago.',
      );
    await recordAudit(tx, [
      {
        actorId: actor.id,
        action: outcome === 'declined' ? 'person.declined' : 'person.admitted',
        entity: 'person',
        entityId: personId,
        data: outcome === 'declined' ? { via: 'card' } : { role: outcome, via: 'card' },
        source: ctx.source,
        at,
      },
    ]);
    await tellAccessDecision(ctx, tx, { person: row, request, namesakes, decided });
  });
  ctx.log.info({ personId, outcome }, 'access decided');
  const card = accessRequestCard({
    locale: actor.locale,
    timeZone: ctx.timeZone,
    recipientId: actor.id,
    personId,
    name: row.name,
    ...request,
    namesakes,
    decided,
  });
  return reply([card], { replaceOriginal: true });
}

function readOutcome(ctx: Ctx, chosen: unknown): Outcome {
  if (chosen === 'declined' || admitRoles.includes(chosen as AdmitRole)) return chosen as Outcome;
  throw new BotError(
    'invalid_input',
    ctx.actor.locale !== 'en' ? '这个按钮的数据不完整。' : 'This button is missing its data.',
  );
}

/** The refusal for a second press: who decided first, how and when, when the audit log knows. */
async function alreadyDecided(ctx: Ctx, person: { id: number; name: string; role: string }) {
  const l = ctx.actor.locale;
  const last = await ctx.db.auditLog.findFirst({
    where: { entity: 'person', entityId: person.id, action: { in: ['person.admitted', 'person.declined'] } },
    orderBy: { id: 'desc' },
  });
  const by = last?.actorId ? await ctx.db.person.findUnique({ where: { id: last.actorId } }) : null;
  const role = last?.data ? (JSON.parse(last.data) as { role?: string } | null)?.role : undefined;
  const outcome: Outcome | null =
    last?.action === 'person.declined' ? 'declined' : (admitRoles.find((r) => r === role) ?? null);
  if (last && by && outcome) {
    const when = formatWhen(last.at, l, ctx.timeZone);
    return new BotError(
      'conflict',
      l !== 'en'
        ? `这个申请已经处理过了：${by.name} 于 ${when} ${accessOutcomeText(l, outcome)}「${person.name}」。`
        : `This request was already decided: ${by.name} ${accessOutcomeText(l, outcome)} ${person.name} at ${when}.`,
    );
  }
  return new BotError(
    'conflict',
    l !== 'en'
      ? `这个申请已经处理过了：「${person.name}」现在的角色是 ${person.role}。`
      : `This request was already decided: ${person.name} is now ${person.role}.`,
  );
}
