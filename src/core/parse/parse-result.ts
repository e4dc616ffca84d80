import { z } from 'zod';
import { complaintCategories, followUpRanges, severities, visitKinds } from '../../domain/vocabulary.ts';
import { crmCommandSchema, crmIntents } from './crm-command.ts';
import { mergeIntents } from './read-merge-command.ts';

export const intents = [
  'log_visit',
  'add_customer',
  'find_customer',
  'list_followups',
  'complete_followup',
  'reschedule_followup',
  'file_complaint',
  'daily_report',
  'help',
  'small_talk',
  'admin_command',
  'record_satisfaction',
  'unknown',
  ...crmIntents,
  ...mergeIntents,
] as const;
export type Intent = (typeof intents)[number];

export const languages = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Language = (typeof languages)[number];

export {
  type ComplaintCategory,
  complaintCategories,
  type FollowUpRange,
  followUpRanges,
  type Severity,
  severities,
  type VisitKind,
  visitKinds,
} from '../../domain/vocabulary.ts';

/**
 * What the parser understood from one message. The first eight fields are the `crm parse` contract
 * in DESIGN.md; the rest feed the use cases. Dates are ISO strings with the workspace offset.
 * The same schema validates a language model's answer, so nothing outside it can come back.
 */
export const parseResultSchema = z.object({
  intent: z.enum(intents),
  customer: z.string().min(1).max(200).nullable(),
  contact: z.object({ name: z.string().min(1).max(100), title: z.string().max(100).nullable() }).nullable(),
  occurredAt: z.iso.datetime({ offset: true }).nullable(),
  followUpAt: z.iso.datetime({ offset: true }).nullable(),
  summary: z.string().max(4000).nullable(),
  competitor: z.string().max(200).nullable(),
  complaint: z.object({ category: z.enum(complaintCategories), severity: z.enum(severities) }).nullable(),
  language: z.enum(languages),
  /** True when the follow-up names a time of day ("明天下午三点"), false for a day only. */
  followUpHasTime: z.boolean(),
  /** True when the text mentions a follow-up but no date could be read from it ("改天再联系"). */
  followUpUnreadable: z.boolean(),
  visitKind: z.enum(visitKinds).nullable(),
  needs: z.string().max(2000).nullable(),
  issues: z.string().max(2000).nullable(),
  nextStep: z.string().max(2000).nullable(),
  /** list_followups: which ones. */
  range: z.enum(followUpRanges).nullable(),
  /** complete_followup / reschedule_followup: the number shown on the follow-up list ("#3"). */
  followUpRef: z.number().int().positive().nullable(),
  /** A customer master-data command (record_sale, hand_over, browse_pool, …) with its arguments. */
  command: crmCommandSchema.nullable(),
  /**
   * How sure the rules are of `intent`, in [0, 1]: 1 for a command word, about 0.8 for one strong cue
   * with nothing against it, lower when another reading competes, 0 for unknown. Defaults to 1 so a
   * draft stored before the field existed still reads.
   */
  intentConfidence: z.number().min(0).max(1).default(1),
  /** The other readings, best first, for a question that offers the two likeliest. */
  intentAlternatives: z
    .array(z.object({ intent: z.enum(intents), score: z.number().min(0).max(1) }))
    .max(3)
    .default([]),
});
export type ParseResult = z.infer<typeof parseResultSchema>;

export interface ParseOptions {
  now: Date;
  /** IANA zone the dates are read in, e.g. Asia/Shanghai. */
  timeZone: string;
}
