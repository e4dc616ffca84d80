import type { Card } from '../../../cards/card.ts';
import { minutesCard } from '../../../cards/minutes.ts';
import { getMinutes, type MinutesRecord } from '../../db/minutes.ts';
import type { Locale } from '../../domain/people.ts';
import { canChangeVisit } from '../../domain/permissions.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { type Ctx, reply } from '../context.ts';
import type { Reply } from '../types.ts';

/** The minutes card for a stored record, in the reader's language. */
export function toMinutesCard(record: MinutesRecord, locale: Locale, timeZone: string, now: Date): Card {
  const models = [
    ...new Set(
      Object.values(record.provenance)
        .filter((writer) => writer.startsWith('llm:'))
        .map((writer) => writer.slice(4)),
    ),
  ];
  const last = record.lastChange;
  return minutesCard({
    locale,
    timeZone,
    minutesId: record.id,
    customer: record.customer,
    status: record.status,
    version: record.version,
    content: record.content,
    models,
    dueAt: record.dueAt,
    overdue: record.status === 'draft' && record.dueAt < now,
    ...(record.confirmedAt && record.confirmedBy
      ? { confirmed: { by: record.confirmedBy, at: record.confirmedAt } }
      : {}),
    ...(last?.change === 'edited' && last.by ? { lastEdit: { by: last.by, at: last.at } } : {}),
  });
}

/** Loads minutes the actor may see and change: the visit's author, their manager, an admin. */
export async function loadMinutesFor(ctx: Ctx, minutesId: number): Promise<MinutesRecord> {
  const record = await getMinutes(ctx.db, { id: minutesId });
  if (!record) throw new BotError('not_found', t(ctx.actor.locale, 'showMinutes.thoseMinutesDoNot'));
  if (!canChangeVisit(ctx.actor, record.author))
    throw new BotError('forbidden', t(ctx.actor.locale, 'showMinutes.thoseMinutesBelongTo'));
  return record;
}

export async function showMinutes(ctx: Ctx, minutesId: number): Promise<Reply> {
  const record = await loadMinutesFor(ctx, minutesId);
  return reply([toMinutesCard(record, ctx.actor.locale, ctx.timeZone, ctx.now())], {
    private: ctx.chat.kind === 'group',
  });
}
