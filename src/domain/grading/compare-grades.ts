import type { Grade } from './grade-by-sales.ts';

export type GradeChange = 'up' | 'down' | 'same' | 'new';

const rank: Record<Grade, number> = { A: 4, B: 3, C: 2, D: 1 };

/** Which way a customer moved: A is the top, so D → B is up. A first grade is 'new'. */
export function compareGrades(from: string | null, to: Grade): GradeChange {
  if (from === null || !(from in rank)) return 'new';
  const before = rank[from as Grade];
  return rank[to] > before ? 'up' : rank[to] < before ? 'down' : 'same';
}
