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
import { t } from '../../i18n/t.ts';
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
  const outcome = readOutcome(ctx, chosen);
  const row = await ctx.db.person.findUnique({ where: { id: personId } });
  if (!row) throw new BotError('not_found', t(actor.locale, 'decideAccess.thatPersonNoLonger'));
  if (!canDecideAccess(actor, row, outcome))
    throw new BotError('forbidden', t(actor.locale, 'decideAccess.onlyAnAdminOr'));
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
    if (!done) throw new BotError('conflict', t(actor.locale, 'decideAccess.someoneDecidedThisA'));
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
  throw new BotError('invalid_input', t(ctx.actor.locale, 'decideAccess.thisButtonIsMissing'));
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
      t(l, 'decideAccess.thisRequestWasAlready', {
        name: by.name,
        when,
        l: accessOutcomeText(l, outcome),
        name2: person.name,
      }),
    );
  }
  return new BotError(
    'conflict',
    t(l, 'decideAccess.thisRequestWasAlready2', { name: person.name, role: person.role }),
  );
}
