import { BotError } from '../../errors.ts';
import type { Ctx } from '../context.ts';
import type { Reply } from '../types.ts';
import { inCommandLanguage } from './command-locale.ts';
import { rateComplaint } from './rate-complaint.ts';
import { readSatisfaction } from './read-satisfaction.ts';

/** 满意度 #12 比较满意 …: the reporter records the customer's satisfaction in chat instead of on the card. */
export async function recordSatisfaction(original: Ctx, text: string): Promise<Reply> {
  const ctx = inCommandLanguage(original, text);
  const zh = ctx.actor.locale !== 'en';
  const reading = readSatisfaction(text);
  if (reading.kind === 'unreadable')
    throw new BotError(
      'invalid_input',
      zh
        ? '请这样写：「满意度 #12 比较满意 处理很及时」。五个等级：满意、比较满意、基本满意、不太满意、不满意；评价可以不写。'
        : 'Write it like "satisfaction #12 fairly satisfied: quick fix". Levels: satisfied, fairly satisfied, mostly satisfied, not very satisfied, dissatisfied; the comment is optional.',
    );
  const complaintId = reading.complaintId ?? (await onlyOneWaiting(ctx));
  return rateComplaint(ctx, complaintId, reading.level, reading.comment ?? undefined, {
    replaceOriginal: false,
  });
}

/** Without a number, the one resolved complaint this person filed; with none or several, ask. */
async function onlyOneWaiting(ctx: Ctx): Promise<number> {
  const zh = ctx.actor.locale !== 'en';
  const waiting = await ctx.db.complaint.findMany({
    where: { reporterId: ctx.actor.id, status: 'resolved' },
    select: { id: true },
    orderBy: { id: 'asc' },
    take: 10,
  });
  if (waiting.length === 1) return waiting[0]!.id;
  if (waiting.length === 0)
    throw new BotError(
      'invalid_input',
      zh ? '你没有等待记录满意度的客诉。' : 'None of your complaints is waiting for a satisfaction record.',
    );
  const refs = waiting.map((complaint) => `#${complaint.id}`).join(zh ? '、' : ', ');
  throw new BotError(
    'invalid_input',
    zh
      ? `有 ${waiting.length} 条客诉等待记录满意度（${refs}），请带上编号，例如「满意度 ${refs.split('、')[0]} 满意」。`
      : `${waiting.length} complaints are waiting (${refs}); give the number, e.g. "satisfaction ${refs.split(', ')[0]} satisfied".`,
  );
}
