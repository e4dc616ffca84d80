import { z } from 'zod';

export const grades = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof grades)[number];

export function isGrade(value: string | null | undefined): value is Grade {
  return (grades as readonly (string | null | undefined)[]).includes(value);
}

/**
 * The least a customer must have bought in the trailing 12 months to earn each grade above D, in whole
 * units of the workspace currency (yuan): that is how an admin writes them in the `grading.thresholds`
 * setting. Sales are stored in cents; `gradeBySales` converts.
 */
export const gradeThresholdsSchema = z
  .object({ A: z.number().positive(), B: z.number().positive(), C: z.number().positive() })
  .refine((t) => t.A > t.B && t.B > t.C, 'thresholds must fall from A to C');
export type GradeThresholds = z.infer<typeof gradeThresholdsSchema>;

export const gradeThresholdsKey = 'grading.thresholds';

// Sensible for a B2B team selling in CNY: a 100万 account is key, under 5万 a year is small business.
export const defaultGradeThresholds: GradeThresholds = { A: 1_000_000, B: 300_000, C: 50_000 };

/**
 * 客户分级 from trailing-12-month sales: A at or above the A threshold, B at or above B, C at or above
 * C, D below C (including nothing at all).
 */
export function gradeBySales(trailingCents: number, thresholds: GradeThresholds): Grade {
  const yuan = trailingCents / 100;
  if (yuan >= thresholds.A) return 'A';
  if (yuan >= thresholds.B) return 'B';
  if (yuan >= thresholds.C) return 'C';
  return 'D';
}
