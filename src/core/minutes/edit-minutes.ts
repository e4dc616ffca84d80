import { recordAudit } from '../../db/audit.ts';
import { getMinutes, writeMinutesVersion } from '../../db/minutes.ts';
import { changedFields, type MinutesProvenance } from '../../domain/minutes/minutes-content.ts';
import { type MinutesEditProblem, readMinutesEdit } from '../../domain/minutes/read-minutes-edit.ts';
import { BotError } from '../../errors.ts';
import { type Ctx, reply } from '../context.ts';
import type { Reply } from '../types.ts';
import { changedMeanwhile } from './confirm-minutes.ts';
import { loadMinutesFor, toMinutesCard } from './show-minutes.ts';

/**
 * Saves the minutes form as a new version with who and when. Draft minutes stay drafts; confirmed
 * ones stay confirmed, their earlier versions kept as they were.
 */
export async function editMinutes(
  ctx: Ctx,
  minutesId: number,
  values: Record<string, string>,
): Promise<Reply> {
  const zh = ctx.actor.locale !== 'en';
  const record = await loadMinutesFor(ctx, minutesId);
  const reading = readMinutesEdit(values, record.content);
  if (reading.kind === 'invalid')
    throw new BotError('invalid_input', problemText(reading.problem, reading.detail, zh));
  const changed = changedFields(record.content, reading.content);
  if (changed.length === 0) {
    return reply([toMinutesCard(record, ctx.actor.locale, ctx.timeZone, ctx.now())], {
      replaceOriginal: true,
    });
  }
  const at = ctx.now();
  const provenance: MinutesProvenance = { ...record.provenance };
  for (const field of changed) provenance[field] = `person:${ctx.actor.id}`;
  await ctx.db.$transaction(async (tx) => {
    const version = await writeMinutesVersion(tx, record, {
      content: reading.content,
      provenance,
      change: 'edited',
      changedBy: ctx.actor.id,
      at,
    });
    if (version === 0) throw changedMeanwhile(zh);
    await recordAudit(tx, [
      {
        actorId: ctx.actor.id,
        action: 'minutes.edited',
        entity: 'minutes',
        entityId: record.id,
        data: {
          version,
          fields: changed,
          after: Object.fromEntries(changed.map((f) => [f, reading.content[f]])),
        },
        source: ctx.source,
        parser: 'rules',
        at,
      },
    ]);
  });
  ctx.log.info({ minutesId, fields: changed }, 'minutes edited');
  const edited = (await getMinutes(ctx.db, { id: minutesId }))!;
  return reply([toMinutesCard(edited, ctx.actor.locale, ctx.timeZone, at)], { replaceOriginal: true });
}

function problemText(problem: MinutesEditProblem, detail: string | undefined, zh: boolean): string {
  switch (problem) {
    case 'attendees_empty':
      return zh ? '参会人不能为空，没有保存任何修改。' : 'Attendees cannot be empty. Nothing was saved.';
    case 'topics_empty':
      return zh ? '议题不能为空，没有保存任何修改。' : 'Topics cannot be empty. Nothing was saved.';
    case 'action_unreadable':
      return zh
        ? `看不懂约定事项「${detail}」：每行写「事项 | 负责人 | 2026-12-10」。没有保存任何修改。`
        : `I cannot read the action "${detail}": write one a line as "what | owner | 2026-12-10". Nothing was saved.`;
    case 'field_invalid':
      return zh
        ? `「${detail}」填写有误（太长或日期不对），没有保存任何修改。`
        : `The field "${detail}" is not valid (too long, or a wrong date). Nothing was saved.`;
  }
}
