import { describe, expect, it } from 'vitest';
import { compareGrades } from '../../../src/domain/grading/compare-grades.ts';
import { defaultGradeThresholds, gradeBySales } from '../../../src/domain/grading/grade-by-sales.ts';

const wan = (n: number) => n * 10_000 * 100;

describe('gradeBySales', () => {
  it.each([
    ['¥150万 a year', wan(150), 'A'],
    ['exactly ¥100万', wan(100), 'A'],
    ['just under ¥100万', wan(100) - 1, 'B'],
    ['¥30万', wan(30), 'B'],
    ['¥8万', wan(8), 'C'],
    ['¥4万', wan(4), 'D'],
    ['nothing', 0, 'D'],
  ])('%s → %s with the default CNY thresholds', (_label, cents, grade) => {
    expect(gradeBySales(cents, defaultGradeThresholds)).toBe(grade);
  });

  it('follows thresholds an admin configured', () => {
    const small = { A: 200_000, B: 50_000, C: 10_000 };
    expect(gradeBySales(wan(20), small)).toBe('A');
    expect(gradeBySales(wan(20), defaultGradeThresholds)).toBe('C');
  });
});

describe('compareGrades', () => {
  it.each([
    ['B', 'A', 'up'],
    ['D', 'B', 'up'],
    ['A', 'C', 'down'],
    ['C', 'C', 'same'],
    [null, 'B', 'new'],
  ] as const)('%s → %s is %s', (from, to, direction) => {
    expect(compareGrades(from, to)).toBe(direction);
  });
});
