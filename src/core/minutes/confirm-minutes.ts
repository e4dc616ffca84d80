import { recordAudit } from '../../db/audit.ts';
import { getMinutes, writeMinutesVersion } from '../../db/minutes.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { type Ctx, reply } from '../context.ts';
import type { Reply } from '../types.ts';
import { loadMinutesFor, toMinutesCard } from './show-minutes.ts';

/** Confirms draft minutes: they are locked from then on, later edits become new versions. */
export async function confirmMinutes(ctx: Ctx, minutesId: number): Promise<Reply> {
  const zh = ctx.actor.locale !== 'en';
  const record = await loadMinutesFor(ctx, minutesId);
  if (record.status === 'confirmed')
    throw new BotError('conflict', t(ctx.actor.locale, 'confirmMinutes.theseMinutesAreAlready'));
  const at = ctx.now();
  await ctx.db.$transaction(async (tx) => {
    const version = await writeMinutesVersion(tx, record, {
      content: record.content,
      provenance: record.provenance,
      change: 'confirmed',
      changedBy: ctx.actor.id,
      at,
      status: 'confirmed',
    });
    if (version === 0) throw changedMeanwhile(zh);
    await tx.visit.update({ where: { id: record.visitId }, data: { minutesStatus: 'confirmed' } });
    await recordAudit(tx, [
      {
        actorId: ctx.actor.id,
        action: 'minutes.confirmed',
        entity: 'minutes',
        entityId: record.id,
        data: { version },
        source: ctx.source,
        parser: 'rules',
        at,
      },
    ]);
  });
  ctx.log.info({ minutesId }, 'minutes confirmed');
  const confirmed = (await getMinutes(ctx.db, { id: minutesId }))!;
  return reply([toMinutesCard(confirmed, ctx.actor.locale, ctx.timeZone, at)], { replaceOriginal: true });
}

export function changedMeanwhile(zh: boolean): BotError {
  return new BotError(
    'conflict',
    zh
      ? '这份会议纪要刚被更新过，请看最新的卡片再操作。'
      : 'These minutes just changed. Look at the latest card and try again.',
  );
}
