import { z } from 'zod';
import { offeredReadings } from '../../cards/choose-reading.ts';
import { intents, parseResultSchema } from './parse/parse-result.ts';

/**
 * A language model's reading of a message the rules were unsure of, as shown on the clarifying card:
 * what pressing its button runs (the rules' own reading fills whatever it leaves empty).
 */
export const modelReadingSchema = z.object({
  /** The model that read it, for the card and the audit log ("llm:<model>"). */
  model: z.string().min(1).max(200),
  intent: z.enum(offeredReadings),
  /** One of the customers the asker may see that were offered to the model, or none. */
  customerId: z.number().int().positive().nullable(),
  customer: z.string().min(1).max(200).nullable(),
  contact: parseResultSchema.shape.contact,
  followUpAt: z.iso.datetime({ offset: true }).nullable(),
  followUpHasTime: z.boolean(),
  summary: z.string().max(4000).nullable(),
});
export type ModelReading = z.infer<typeof modelReadingSchema>;

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
  /** The colleague the person chose when the command's name fits several. */
  personId: z.number().int().positive().optional(),
  /** The person confirmed creating the customer they mentioned. */
  createCustomer: z.boolean().optional(),
  /** A follow-up date the person gave (ISO), or null for "no follow-up". */
  followUpAt: z.iso.datetime({ offset: true }).nullable().optional(),
  /** Readings offered on a clarifying question, and when the message was sent (dates are read from then). */
  readings: z.array(z.enum(intents)).min(1).max(4).optional(),
  sentAt: z.iso.datetime({ offset: true }).optional(),
  /** The language model's reading, offered first on the clarifying question. */
  modelReading: modelReadingSchema.optional(),
  /** Who read the message when not the rules: "llm:<model>", for the audit log. */
  readBy: z.string().min(1).max(200).optional(),
  /** Who answered the bot's question, for the audit log. */
  confirmedBy: z.number().int().optional(),
});
export type Draft = z.infer<typeof draftSchema>;

/** Who and what caused a write, for the audit log: the person, the message, who read it, who confirmed. */
export function provenanceOf(
  actorId: number,
  draft: { source: string; confirmedBy?: number | null; readBy?: string },
) {
  return {
    actorId,
    source: draft.source,
    parser: draft.readBy ?? 'rules',
    confirmedBy: draft.confirmedBy ?? null,
  };
}
