import { type AccessRequestView, accessRequestCard, admitRoleName } from '../../../cards/access-request.ts';
import { noticeCard } from '../../../cards/notice.ts';
import type { Db, Tx } from '../../db/client.ts';
import { type PushInput, recordPushes } from '../../db/pushes.ts';
import { readLocale } from '../../domain/people.ts';
import { t } from '../../i18n/t.ts';
import type { Ctx } from '../context.ts';
import type { AccessRequest } from '../request-access.ts';

/** What the request card showed: the account and first message, as audited when it was sent. */
export async function findAccessRequest(db: Db, personId: number): Promise<AccessRequest> {
  const asked = await db.auditLog.findFirst({
    where: { entity: 'person', entityId: personId, action: 'person.access_requested' },
    orderBy: { id: 'asc' },
  });
  const data = asked?.data ? (JSON.parse(asked.data) as Partial<AccessRequest>) : {};
  const identity = await db.identity.findFirst({ where: { personId }, orderBy: { id: 'asc' } });
  return {
    account: data.account ?? (identity ? `${identity.platform}:${identity.externalId}` : `#${personId}`),
    firstMessage: data.firstMessage ?? null,
  };
}

/**
 * Tells the person what was decided, and updates the request card of every other decider it went to
 * (same card key, so the platforms edit the message they showed instead of posting a new one).
 */
export async function tellAccessDecision(
  ctx: Ctx,
  tx: Tx,
  input: {
    person: { id: number; name: string; locale: string };
    request: AccessRequest;
    namesakes: string[];
    decided: NonNullable<AccessRequestView['decided']>;
  },
): Promise<void> {
  const { person, decided } = input;
  const at = decided.at;
  const sent = await tx.push.findMany({
    where: { kind: 'access_request', key: { startsWith: `access_request:${person.id}:` } },
    select: { personId: true },
  });
  const others = [...new Set(sent.flatMap((push) => (push.personId === null ? [] : [push.personId])))].filter(
    (id) => id !== ctx.actor.id,
  );
  const locales = new Map(
    (await tx.person.findMany({ where: { id: { in: others } }, select: { id: true, locale: true } })).map(
      (row) => [row.id, readLocale(row.locale)],
    ),
  );
  const updates: PushInput[] = others.map((recipientId) => ({
    key: `access_request:${person.id}:${recipientId}:decided`,
    personId: recipientId,
    kind: 'access_request',
    cards: [
      accessRequestCard({
        locale: locales.get(recipientId) ?? 'zh-Hans',
        timeZone: ctx.timeZone,
        recipientId,
        personId: person.id,
        name: person.name,
        ...input.request,
        namesakes: input.namesakes,
        decided,
      }),
    ],
  }));
  const l = readLocale(person.locale);
  const role = decided.outcome === 'declined' ? null : admitRoleName(l, decided.outcome);
  const told: PushInput = {
    key: `access_decided:${person.id}`,
    personId: person.id,
    kind: 'access_decided',
    cards: [
      noticeCard({
        tone: role ? 'success' : 'warning',
        title: role
          ? t(l, 'tellAccessDecision.byLetYouInto', { by: decided.by, role })
          : t(l, 'tellAccessDecision.anAdminDidNot'),
        text: role ? t(l, 'tellAccessDecision.sendHelpToSee') : t(l, 'tellAccessDecision.ifYouThinkThis'),
      }),
    ],
  };
  await recordPushes(tx, [...updates, told], at);
}
