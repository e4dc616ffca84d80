import {
  defaultWorkingDays,
  type WorkingDays,
  workingDaysSchema,
} from '../domain/complaints/working-time.ts';
import type { Db, Tx } from './client.ts';
import { readSetting } from './settings.ts';

/** The setting naming the working-day calendar: "CN" (the default) or "weekdays" (Monday–Friday). */
export const workingDaysKey = 'calendar.working_days';

/** The workspace's working-day calendar: what complaint deadlines and minutes due dates count in. */
export function readWorkingDays(db: Db | Tx): Promise<WorkingDays> {
  return readSetting(db, workingDaysKey, workingDaysSchema, defaultWorkingDays);
}
