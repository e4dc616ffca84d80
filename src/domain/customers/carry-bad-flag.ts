import type { MergeRecord } from './duplicates-merge-record.ts';

/** The columns that make a customer's flag (不良客户): a merge and its undo move them together. */
export const badFlagFields: readonly string[] = ['status', 'badReason', 'flaggedAt'];

interface FlagColumns {
  status: string;
  badReason: string | null;
  flaggedAt: Date | null;
}

/**
 * What a merge does to the kept customer's flag: it is never dropped. The kept customer keeps its own
 * flag; without one it takes the removed customer's (reason and note, and when it was flagged). As
 * `filled` changes, so the merge's audit entry holds the kept customer's state before and undo can
 * put it back.
 */
export function carryBadFlag(kept: FlagColumns, removed: FlagColumns): MergeRecord['filled'] {
  if (kept.status === 'bad' || removed.status !== 'bad') return [];
  return [
    { field: 'status', before: kept.status, after: 'bad' },
    { field: 'badReason', before: kept.badReason, after: removed.badReason },
    {
      field: 'flaggedAt',
      before: kept.flaggedAt?.toISOString() ?? null,
      after: removed.flaggedAt?.toISOString() ?? null,
    },
  ];
}
