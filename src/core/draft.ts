import { z } from 'zod';
import { parseResultSchema } from './parse/parse-result.ts';

/** Master-data commands about one customer: they may ask which customer first, like a visit does. */
export const customerCommandIntents = [
  'record_sale',
  'record_arrears',
  'record_payment',
  'assign_customer',
  'change_collaborators',
  'claim_customer',
  'flag_bad_customer',
  'add_contact',
] as const;

/**
 * A message the bot understood but has not acted on yet, because it asked a question first. Stored
 * as a PendingIntent; the answer (a card action) fills in the missing piece and the use case runs again.
 */
export const draftSchema = z.object({
  intent: z.enum(['log_visit', 'file_complaint', 'add_customer', 'find_customer', ...customerCommandIntents]),
  text: z.string(),
  source: z.string(),
  parse: parseResultSchema,
  /** The customer the person chose. */
  customerId: z.number().int().positive().optional(),
  /** The colleague the person chose when the command's name fits several. */
  personId: z.number().int().positive().optional(),
  /** The person confirmed creating the customer they mentioned. */
  createCustomer: z.boolean().optional(),
  /** A follow-up date the person gave (ISO), or null for "no follow-up". */
  followUpAt: z.iso.datetime({ offset: true }).nullable().optional(),
  /** Who answered the bot's question, for the audit log. */
  confirmedBy: z.number().int().optional(),
});
export type Draft = z.infer<typeof draftSchema>;
export type DraftIntent = Draft['intent'];

/** Who and what caused a write, for the audit log: the person, the message, the rules parser, who confirmed. */
export function provenanceOf(actorId: number, draft: { source: string; confirmedBy?: number | null }) {
  return { actorId, source: draft.source, parser: 'rules', confirmedBy: draft.confirmedBy ?? null };
}
