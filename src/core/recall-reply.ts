import { noticeCard } from '../../cards/notice.ts';
import { findWritesOf } from '../db/audit.ts';
import { getMinutes } from '../db/minutes.ts';
import { t } from '../i18n/t.ts';
import { type Ctx, reply } from './context.ts';
import { showVisit } from './intents/show-visit.ts';
import { toMinutesCard } from './minutes/show-minutes.ts';
import type { Reply } from './types.ts';

/**
 * The answer to an event run again after a crash, when what it wrote is already committed: the process
 * that did the work died before the reply was queued. Running the use case again would write it all a
 * second time, so the reply is rebuilt from the rows the event wrote (its audit entries name them).
 * Null when the event wrote nothing: running it again is then safe.
 */
export async function recallReply(ctx: Ctx): Promise<Reply | null> {
  const writes = await findWritesOf(ctx.db, ctx.source);
  if (writes.length === 0) return null;
  ctx.log.warn({ writes: writes.length }, 'event already handled before a restart: its reply is rebuilt');
  const logged = writes.find((write) => write.action === 'visit.logged');
  if (logged) {
    // The same cards logVisit answers with: the visit, then its draft minutes.
    const newCustomer = writes.some((write) => write.action === 'customer.created');
    const shown = await showVisit(ctx, logged.entityId, { state: 'logged', newCustomer });
    const minutes = await getMinutes(ctx.db, { visitId: logged.entityId });
    const cards = minutes
      ? [...shown.cards, toMinutesCard(minutes, ctx.actor.locale, ctx.timeZone, ctx.now())]
      : shown.cards;
    return { ...shown, cards };
  }
  // Other use cases: say that it was done, to the sender only (the card names no customer).
  return reply(
    [
      noticeCard({
        tone: 'success',
        title: t(ctx.actor.locale, 'recallReply.done'),
        text: t(ctx.actor.locale, 'recallReply.thisWasHandledAnd'),
      }),
    ],
    { private: true },
  );
}
