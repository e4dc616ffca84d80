import { z } from 'zod';

/** An agreed action (约定事项): what, who does it, by when (YYYY-MM-DD). */
export const minutesActionSchema = z
  .object({
    what: z.string().trim().min(1).max(300),
    owner: z.string().trim().max(100).nullable(),
    due: z.iso.date().nullable(),
  })
  .strict();
export type MinutesAction = z.infer<typeof minutesActionSchema>;

const note = z.string().trim().max(2000).nullable();

/**
 * The fields of a visit's minutes (会议纪要). Attendees and topics are required; the rest may be
 * empty. Strict: a field outside this list is an error, never stored.
 */
export const minutesContentSchema = z
  .object({
    attendees: z.array(z.string().trim().min(1).max(100)).min(1).max(30),
    topics: z.string().trim().min(1).max(4000),
    needs: note,
    issues: note,
    competitors: note,
    /** The customer's reaction (客户反应), for the daily report. */
    reaction: note,
    actions: z.array(minutesActionSchema).max(20),
    nextStep: note,
  })
  .strict();
export type MinutesContent = z.infer<typeof minutesContentSchema>;
export type MinutesField = keyof MinutesContent;
export const minutesFields = Object.keys(minutesContentSchema.shape) as MinutesField[];

/** Who wrote each field: "rules", "llm:<model>" or "person:<id>". */
export type MinutesProvenance = Record<MinutesField, string>;

export function provenanceOf(writer: string): MinutesProvenance {
  return Object.fromEntries(minutesFields.map((field) => [field, writer])) as MinutesProvenance;
}

/** The fields of `next` that differ from `previous`. */
export function changedFields(previous: MinutesContent, next: MinutesContent): MinutesField[] {
  return minutesFields.filter((field) => JSON.stringify(previous[field]) !== JSON.stringify(next[field]));
}
