import { z } from 'zod';
import { intents, parseResultSchema } from './parse/parse-result.ts';

/**
 * A message the bot understood, on its way to the use case its intent names (runCommand). When the bot
 * asks a question first it is stored as a PendingIntent; the answer (a card action) fills in the missing
 * piece and the use case runs again.
 */
export const draftSchema = z.object({
  intent: z.enum(intents),
  text: z.string(),
  source: z.string(),
  parse: parseResultSchema,
  /** The customer the person chose, or the one known customer the message named. */
  customerId: z.number().int().positive().optional(),
  /** Known customers the message named, when it named several (the bot asks which). */
  customerIds: z.array(z.number().int().positive()).min(1).max(20).optional(),
  /** The person confirmed creating the customer they mentioned. */
  createCustomer: z.boolean().optional(),
  /** A follow-up date the person gave (ISO), or null for "no follow-up". */
  followUpAt: z.iso.datetime({ offset: true }).nullable().optional(),
  /** Readings offered on a clarifying question, and when the message was sent (dates are read from then). */
  readings: z.array(z.enum(intents)).min(1).max(4).optional(),
  sentAt: z.iso.datetime({ offset: true }).optional(),
  /** Who answered the bot's question, for the audit log. */
  confirmedBy: z.number().int().optional(),
});
export type Draft = z.infer<typeof draftSchema>;

/** Who and what caused a write, for the audit log: the person, the message, the rules parser, who confirmed. */
export function provenanceOf(actorId: number, draft: { source: string; confirmedBy?: number | null }) {
  return { actorId, source: draft.source, parser: 'rules', confirmedBy: draft.confirmedBy ?? null };
}
