import { noticeCard } from '../../../../cards/notice.ts';
import { readSetting, writeSetting } from '../../../db/settings.ts';
import { careCadenceKey, careCadenceSchema, defaultCareCadence } from '../../../domain/care-cadence.ts';
import { t } from '../../../i18n/t.ts';
import { type Ctx, reply } from '../../context.ts';
import type { Reply } from '../../types.ts';
import type { Grade } from './read-admin-command.ts';
import { auditSetting } from './set-complaint-deadlines.ts';

/** How many quiet days each grade of customer may have before its owner is reminded. */
export async function listCareCadence(ctx: Ctx, headline?: { zh: string; en: string }): Promise<Reply> {
  const cadence = await readSetting(ctx.db, careCadenceKey, careCadenceSchema, defaultCareCadence);
  const zh = ctx.actor.locale !== 'en';
  const lines = (Object.keys(defaultCareCadence) as Grade[]).map((grade) =>
    t(ctx.actor.locale, 'setCareCadence.gradeGradeRemindAfter', { grade, cadence: cadence[grade] }),
  );
  return reply([
    noticeCard({
      tone: headline ? 'success' : 'info',
      title: headline
        ? zh
          ? headline.zh
          : headline.en
        : t(ctx.actor.locale, 'setCareCadence.customerCareCadence'),
      text: lines.join('\n'),
      footer: t(ctx.actor.locale, 'setCareCadence.changeSetCareCadence'),
    }),
  ]);
}

export async function setCareCadence(ctx: Ctx, grade: Grade, value: number): Promise<Reply> {
  await ctx.db.$transaction(async (tx) => {
    const cadence = await readSetting(tx, careCadenceKey, careCadenceSchema, defaultCareCadence);
    const next = { ...cadence, [grade]: value };
    await writeSetting(tx, careCadenceKey, next, ctx.actor.id);
    await auditSetting(ctx, tx, careCadenceKey, next);
  });
  return listCareCadence(ctx, {
    zh: `已设置 ${grade} 类客户的关怀周期`,
    en: `Care cadence for grade ${grade} set`,
  });
}
