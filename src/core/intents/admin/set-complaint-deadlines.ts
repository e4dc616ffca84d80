import { complaintDeadlinesCard } from '../../../../cards/complaint-deadlines.ts';
import { severityLabel } from '../../../../cards/complaint-labels.ts';
import { recordAudit } from '../../../db/audit.ts';
import { complaintSettingKeys, readComplaintSettings } from '../../../db/complaints.ts';
import { writeSetting } from '../../../db/settings.ts';
import type { DurationText } from '../../../domain/complaints/deadline-policy.ts';
import type { WorkingTimeSetting } from '../../../domain/complaints/working-time.ts';
import type { Severity } from '../../../domain/vocabulary.ts';
import { type Ctx, reply } from '../../context.ts';
import type { Reply } from '../../types.ts';

type Headline = { zh: string; en: string };

export async function listComplaintDeadlines(ctx: Ctx, headline?: Headline): Promise<Reply> {
  const settings = await readComplaintSettings(ctx.db);
  return reply([
    complaintDeadlinesCard({
      locale: ctx.actor.locale,
      policy: settings.policy,
      workingHours: settings.workingHours,
      workingDays: settings.workingDays,
      ...(headline ? { headline } : {}),
    }),
  ]);
}

/** One severity's deadlines; the others keep theirs. New complaints use them, filed ones keep their dates. */
export async function setComplaintDeadline(
  ctx: Ctx,
  severity: Severity,
  deadlines: { acknowledge: DurationText; resolve: DurationText },
): Promise<Reply> {
  await ctx.db.$transaction(async (tx) => {
    const { policy } = await readComplaintSettings(tx);
    const value = { ...policy, [severity]: deadlines };
    await writeSetting(tx, complaintSettingKeys.deadlines, value, ctx.actor.id);
    await auditSetting(ctx, tx, complaintSettingKeys.deadlines, value);
  });
  const label = { zh: severityLabel(severity, 'zh-Hans'), en: severityLabel(severity, 'en') };
  return listComplaintDeadlines(ctx, {
    zh: `已设置「${label.zh}」客诉的期限`,
    en: `Deadlines for ${label.en.toLowerCase()} complaints set`,
  });
}

export async function setWorkingTime(ctx: Ctx, value: WorkingTimeSetting): Promise<Reply> {
  await ctx.db.$transaction(async (tx) => {
    await writeSetting(tx, complaintSettingKeys.workingTime, value, ctx.actor.id);
    await auditSetting(ctx, tx, complaintSettingKeys.workingTime, value);
  });
  return listComplaintDeadlines(
    ctx,
    value === false
      ? { zh: '期限改为按自然时间计算', en: 'Deadlines now count around the clock' }
      : { zh: '期限改为按工作时间计算', en: 'Deadlines now count working time' },
  );
}

export function auditSetting(ctx: Ctx, tx: Parameters<typeof recordAudit>[0], key: string, value: unknown) {
  return recordAudit(tx, [
    {
      actorId: ctx.actor.id,
      action: 'setting.changed',
      entity: 'setting',
      entityId: 0,
      data: { key, value },
      source: ctx.source,
    },
  ]);
}
