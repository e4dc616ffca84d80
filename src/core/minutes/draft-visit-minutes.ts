import { formatDay } from '../../../cards/text.ts';
import { recordAudit } from '../../db/audit.ts';
import type { Tx } from '../../db/client.ts';
import { createMinutes } from '../../db/minutes.ts';
import { readWorkingDays } from '../../db/working-days.ts';
import { draftMinutes, type VisitFacts } from '../../domain/minutes/draft-minutes.ts';
import { provenanceOf } from '../../domain/minutes/minutes-content.ts';
import { minutesDueAt } from '../../domain/minutes/minutes-due-at.ts';

/** What the rules draft minutes from (VisitFacts), with the author's id and the follow-up's date. */
export type VisitForMinutes = Omit<VisitFacts, 'author' | 'followUp'> & {
  visitId: number;
  author: { id: number; name: string };
  followUp: { title: string; dueAt: Date } | null;
};

/** Every logged visit gets draft minutes from the rules, due for confirmation in two working days. */
export async function draftVisitMinutes(
  tx: Tx,
  visit: VisitForMinutes,
  context: { at: Date; timeZone: string; source: string },
): Promise<number> {
  const content = draftMinutes({
    ...visit,
    author: visit.author.name,
    followUp: visit.followUp
      ? { title: visit.followUp.title, day: formatDay(visit.followUp.dueAt, context.timeZone) }
      : null,
  });
  const dueAt = minutesDueAt(context.at, context.timeZone, await readWorkingDays(tx));
  const minutesId = await createMinutes(tx, {
    visitId: visit.visitId,
    authorId: visit.author.id,
    content,
    provenance: provenanceOf('rules'),
    dueAt,
    at: context.at,
  });
  await recordAudit(tx, [
    {
      actorId: visit.author.id,
      action: 'minutes.drafted',
      entity: 'minutes',
      entityId: minutesId,
      data: { visitId: visit.visitId, dueAt },
      source: context.source,
      parser: 'rules',
      at: context.at,
    },
  ]);
  return minutesId;
}
