import { noticeCard } from '../../cards/notice.ts';
import { recordAudit } from '../db/audit.ts';
import { readAutoAdmit } from '../db/auto-admit.ts';
import {
  admitPerson,
  createPerson,
  findAllNames,
  findDefaultTeamId,
  findSender,
  type KnownSender,
  type Outsider,
} from '../db/people.ts';
import {
  type Actor,
  admissionFor,
  formatAccount,
  type Locale,
  localeOfText,
  nameForNewcomer,
  type PlatformAccount,
} from '../domain/people.ts';
import { t } from '../i18n/t.ts';
import { reply } from './context.ts';
import { requestAccess } from './request-access.ts';
import type { BotDeps, BotEvent, Reply } from './types.ts';

export type Admission = { kind: 'member'; actor: Actor } | { kind: 'outsider'; reply: Reply };

/**
 * The gate in front of every use case: the member behind the event, or the short answer an outsider
 * gets. Someone the database does not know is let in at once only when listed (ADMIN_USERS as an
 * admin, the access.auto_admit setting as a rep); anyone else waits for an admin's card and nothing
 * they send is acted on.
 */
export async function admitSender(deps: BotDeps, event: BotEvent, source: string): Promise<Admission> {
  const account = { platform: event.sender.platform, externalId: event.sender.externalId };
  const text = event.kind === 'message' ? event.text : '';
  const now = deps.now();
  let known = await findSender(deps.db, account);
  if (known?.kind === 'member') return known;
  const listedAdmin = (deps.adminUsers ?? []).some(
    (a) => a.platform === account.platform && a.externalId === account.externalId,
  );
  if (!known) known = await enrol(deps, event, source, now);
  else if (listedAdmin) known = await promoteListedAdmin(deps, account, known.person, source, now);
  if (known.kind === 'member') return known;

  const person = known.person;
  const locale = localeOfText(text, person.locale);
  if (locale !== person.locale) await deps.db.person.update({ where: { id: person.id }, data: { locale } });
  // A button pressed by an outsider is answered with the title alone: the platforms show it as a toast.
  const brief = event.kind === 'action';
  if (person.state === 'declined') return { kind: 'outsider', reply: declinedReply(locale, brief) };
  const firstMessage = text.trim() === '' ? null : text.trim().slice(0, 200);
  const deciders = await requestAccess(
    deps,
    person,
    { account: formatAccount(account), firstMessage },
    source,
    now,
  );
  return { kind: 'outsider', reply: waitingReply(locale, deciders > 0, account, brief) };
}

/** Stores someone who wrote for the first time: a member when listed, otherwise waiting. */
async function enrol(deps: BotDeps, event: BotEvent, source: string, now: Date): Promise<KnownSender> {
  const account = { platform: event.sender.platform, externalId: event.sender.externalId };
  try {
    return await deps.db.$transaction(async (tx) => {
      const admission = admissionFor(account, {
        adminUsers: deps.adminUsers ?? [],
        autoAdmit: await readAutoAdmit(tx),
      });
      const name = nameForNewcomer(event.sender.displayName, account, await findAllNames(tx));
      const locale = localeOfText(event.kind === 'message' ? event.text : '', 'zh-Hans');
      const teamId = admission === 'rep' ? await findDefaultTeamId(tx) : null;
      const created = await createPerson(tx, account, { name, role: admission, teamId, locale });
      const id = created.kind === 'member' ? created.actor.id : created.person.id;
      if (admission !== 'pending') {
        const via = admission === 'admin' ? 'ADMIN_USERS' : 'access.auto_admit';
        await recordAudit(tx, [admittedEntry(id, admission, via, source, now)]);
      }
      return created;
    });
  } catch (error) {
    // Two first messages at once: the other one stored the person (the account is unique).
    const stored = await findSender(deps.db, account);
    if (stored) return stored;
    throw error;
  }
}

/** An outsider listed in ADMIN_USERS after they first wrote: an admin from now on. */
async function promoteListedAdmin(
  deps: BotDeps,
  account: PlatformAccount,
  person: Outsider,
  source: string,
  now: Date,
): Promise<KnownSender> {
  await deps.db.$transaction(async (tx) => {
    if (await admitPerson(tx, person.id, { role: 'admin' }, ['pending', 'declined']))
      await recordAudit(tx, [admittedEntry(person.id, 'admin', 'ADMIN_USERS', source, now)]);
  });
  return (await findSender(deps.db, account)) ?? { kind: 'outsider', person };
}

function admittedEntry(personId: number, role: string, via: string, source: string, at: Date) {
  return {
    actorId: null,
    action: 'person.admitted',
    entity: 'person' as const,
    entityId: personId,
    data: { role, via },
    source,
    at,
  };
}

function waitingReply(locale: Locale, asked: boolean, account: PlatformAccount, brief: boolean): Reply {
  const id = formatAccount(account);
  const card = asked
    ? noticeCard({
        tone: 'info',
        title: t(locale, 'admitSender.youAreNotSet'),
        text: t(locale, 'admitSender.iWillTellYou'),
      })
    : noticeCard({
        tone: 'warning',
        title: t(locale, 'admitSender.chatcrmHasNoAdmin'),
        text: t(locale, 'admitSender.askWhoeverRunsChatcrm', { id }),
      });
  return reply([brief ? { ...card, sections: [] } : card], { private: true, refused: true, locale });
}

function declinedReply(locale: Locale, brief: boolean): Reply {
  const card = noticeCard({
    tone: 'warning',
    title: t(locale, 'admitSender.anAdminDidNot'),
    text: t(locale, 'admitSender.ifYouThinkThis'),
  });
  return reply([brief ? { ...card, sections: [] } : card], { private: true, refused: true, locale });
}
