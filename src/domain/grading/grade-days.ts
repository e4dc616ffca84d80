import { z } from 'zod';

/** A number of days for each grade, A to D: the care cadence and the pool limits are set this way. */
export const gradeDaysSchema = z.object({
  A: z.number().int().positive(),
  B: z.number().int().positive(),
  C: z.number().int().positive(),
  D: z.number().int().positive(),
});
export type GradeDays = z.infer<typeof gradeDaysSchema>;
