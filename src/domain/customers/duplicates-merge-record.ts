import { z } from 'zod';

const ids = z.array(z.number().int());

/**
 * Everything a merge changed, kept in its audit entry so that it can be undone: the removed customer's
 * row, aliases and collaborators as they were; the ids of the history that moved to the kept customer;
 * what was added to the kept customer; and the kept customer's fields before the merge filled them.
 */
export const mergeRecordSchema = z.object({
  keptId: z.number().int(),
  removedId: z.number().int(),
  /** The removed Customer row, column by column (dates as ISO strings). */
  removed: z.record(z.string(), z.unknown()),
  removedAliases: z.array(z.object({ id: z.number().int(), alias: z.string(), normalizedAlias: z.string() })),
  removedCollaborators: z.array(z.object({ personId: z.number().int(), addedAt: z.string() })),
  moved: z.object({
    contacts: ids,
    visits: ids,
    followUps: ids,
    complaints: ids,
    sales: ids,
    // Absent in merges recorded before receivables existed.
    receivables: ids.default([]),
  }),
  /** Aliases created on the kept customer (the removed name among them) and collaborators added to it. */
  addedAliasIds: ids,
  addedCollaboratorIds: ids,
  /** Kept-customer fields the merge filled, with the value before and the value it set. */
  filled: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type MergeRecord = z.infer<typeof mergeRecordSchema>;
