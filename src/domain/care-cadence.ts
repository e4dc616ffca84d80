import { type GradeDays, gradeDaysSchema } from './grading/grade-days.ts';

/**
 * How many days a customer of each grade may go without contact before its owner is reminded (客户关怀);
 * the `care.cadence_days` setting, read by the customer_care job and changed by the admin command.
 */
export const careCadenceSchema = gradeDaysSchema;
export type CareCadence = GradeDays;
export const defaultCareCadence: CareCadence = { A: 7, B: 14, C: 30, D: 90 };
export const careCadenceKey = 'care.cadence_days';
