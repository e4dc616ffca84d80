import { describe, expect, it } from 'vitest';
import { defaultPoolLimits, isDueForPool } from '../../../src/domain/ownership/is-due-for-pool.ts';

const now = new Date('2026-11-23T02:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe('isDueForPool', () => {
  it.each([
    ['an A account idle 31 days', 'A', 31, true],
    ['an A account idle 29 days', 'A', 29, false],
    ['a B account idle 40 days', 'B', 40, false],
    ['a B account idle 46 days', 'B', 46, true],
    ['a C account idle 61 days', 'C', 61, true],
    ['a D account idle 80 days', 'D', 80, false],
    ['an ungraded customer idle 80 days, treated like D', null, 80, false],
    ['an ungraded customer idle 91 days', null, 91, true],
  ])('%s → %s', (_label, grade, idle, due) => {
    expect(isDueForPool({ grade, lastActivityAt: daysAgo(idle) }, defaultPoolLimits, now)).toBe(due);
  });

  it('follows the limits an admin set', () => {
    const strict = { A: 10, B: 20, C: 30, D: 40 };
    expect(isDueForPool({ grade: 'A', lastActivityAt: daysAgo(15) }, strict, now)).toBe(true);
    expect(isDueForPool({ grade: 'A', lastActivityAt: daysAgo(15) }, defaultPoolLimits, now)).toBe(false);
  });
});
