import { z } from 'zod';
import { recordAudit } from '../../db/audit.ts';
import type { Db } from '../../db/client.ts';
import { getMinutes, writeMinutesVersion } from '../../db/minutes.ts';
import { recordPush } from '../../db/pushes.ts';
import { alertKinds } from '../../domain/alerts/detect-alerts.ts';
import { changedFields, minutesContentSchema, provenanceOf } from '../../domain/minutes/minutes-content.ts';
import { readLocale } from '../../domain/people.ts';
import type { Logger } from '../../logger.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import { type LanguageModel, writtenByModel } from '../llm/language-model.ts';
import { toMinutesCard } from './show-minutes.ts';

/** What the model may answer about a visit: the minutes fields and any alerts, nothing else. */
export const modelMinutesSchema = minutesContentSchema
  .extend({
    alerts: z
      .array(z.object({ kind: z.enum(alertKinds), detail: z.string().trim().min(1).max(300) }).strict())
      .max(4),
  })
  .strict();

const instructions = [
  'You draft the minutes (会议纪要) of a sales visit, call or meeting from the note a sales rep wrote in chat.',
  'Fill every field of the format from the note only; use null (or an empty list) for what the note does not say.',
  'attendees: the rep and the customer people who took part. topics: what was discussed. needs: what the customer wants.',
  'issues: problems or objections the customer raised. competitors: anything about competitors. reaction: how the customer took it.',
  'actions: agreed actions with owner and due date (YYYY-MM-DD, resolved against loggedAt). nextStep: the next step.',
  'alerts: only for a competitor new product (competitor_product), a change in a competitor pricing or sales policy',
  '(competitor_pricing), new competitor sales or service moves (competitor_sales), or a serious problem with our product',
  '(product_problem); an empty list when the note reports none. Write in the language of the note.',
].join('\n');

export interface RefineDeps {
  db: Db;
  llm: LanguageModel;
  log: Logger;
  now: () => Date;
  timeZone: string;
}

/**
 * Asks the model for better minutes after the rep already has the rules' draft. When the draft is
 * still untouched, the model's version replaces it and the rep gets the updated card (same key, so
 * platforms replace it in place). Any failure leaves the rules' draft as it is.
 */
export async function refineMinutesWithModel(
  deps: RefineDeps,
  minutesId: number,
  note: { text: string; customer: string; source: string; loggedAt: Date },
): Promise<void> {
  const before = await getMinutes(deps.db, { id: minutesId });
  if (!before) return;
  const answer = await deps.llm.extract({
    instructions,
    text: JSON.stringify({
      note: note.text,
      customer: note.customer,
      rep: before.author.name,
      knownAttendees: before.content.attendees,
      loggedAt: note.loggedAt.toISOString(),
      timeZone: deps.timeZone,
    }),
    schema: modelMinutesSchema,
    schemaName: 'visit_minutes',
  });
  if (answer.kind === 'failed') {
    deps.log.info({ minutesId, reason: answer.reason }, 'model gave no minutes: the rules draft stays');
    return;
  }
  const { alerts, ...content } = answer.value;
  const writer = writtenByModel(answer.model);
  const at = deps.now();
  const current = await getMinutes(deps.db, { id: minutesId });
  // The rep edited or confirmed while the model was thinking: what a person wrote wins.
  if (current?.version !== 1 || current.status !== 'draft') {
    deps.log.info({ minutesId }, 'minutes changed before the model answered: its draft is dropped');
  } else {
    const written = await deps.db.$transaction(async (tx) => {
      const version = await writeMinutesVersion(tx, current, {
        content,
        provenance: provenanceOf(writer),
        change: 'model_draft',
        changedBy: null,
        at,
      });
      if (version === 0) return false;
      await recordAudit(tx, [
        {
          actorId: null,
          action: 'minutes.drafted_by_model',
          entity: 'minutes',
          entityId: minutesId,
          data: { version, fields: changedFields(current.content, content) },
          source: note.source,
          parser: writer,
          at,
        },
      ]);
      const updated = (await getMinutes(tx, { id: minutesId }))!;
      await recordPush(
        tx,
        {
          key: `minutes_model_draft:${minutesId}`,
          personId: updated.authorId,
          kind: 'minutes_draft',
          cards: [toMinutesCard(updated, readLocale(updated.author.locale), deps.timeZone, at)],
        },
        at,
      );
      return true;
    });
    if (written) deps.log.info({ minutesId, model: answer.model }, 'minutes drafted by the model');
  }
  if (alerts.length > 0) {
    await raiseAlert(
      { db: deps.db, log: deps.log, now: deps.now, timeZone: deps.timeZone },
      {
        visitId: before.visitId,
        findings: alerts.map((a) => ({ kind: a.kind, excerpt: a.detail })),
        detectedBy: writer,
        source: note.source,
      },
    );
  }
}
