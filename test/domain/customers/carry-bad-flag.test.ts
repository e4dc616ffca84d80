import { describe, expect, it } from 'vitest';
import { carryBadFlag } from '../../../src/domain/customers/carry-bad-flag.ts';

const at = new Date('2026-06-01T00:00:00Z');
const active = { status: 'active', badReason: null, flaggedAt: null };
const dormant = { status: 'dormant', badReason: null, flaggedAt: null };
const arrears = { status: 'bad', badReason: 'arrears: 长期拖欠', flaggedAt: at };
const manual = { status: 'bad', badReason: 'manual: 多次违约', flaggedAt: new Date('2026-01-01T00:00:00Z') };

describe('carryBadFlag', () => {
  it.each([
    ['neither flagged', active, active, []],
    ['the kept one flagged, the removed not', manual, active, []],
    ['both flagged: the kept keeps its own', manual, arrears, []],
  ])('%s: nothing changes', (_, kept, removed, changes) => {
    expect(carryBadFlag(kept, removed)).toEqual(changes);
  });

  it.each([
    ['active', active],
    ['dormant', dormant],
  ])('a %s kept customer takes the removed one’s flag, reason, note and date', (status, kept) => {
    expect(carryBadFlag(kept, arrears)).toEqual([
      { field: 'status', before: status, after: 'bad' },
      { field: 'badReason', before: null, after: 'arrears: 长期拖欠' },
      { field: 'flaggedAt', before: null, after: at.toISOString() },
    ]);
  });
});
