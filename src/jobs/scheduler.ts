import cron, { type ScheduledTask } from 'node-cron';
import { z } from 'zod';
import { readSetting } from '../db/settings.ts';
import { checkComplaintDeadlines } from './complaint-deadlines.ts';
import { sendCustomerCare } from './customer-care.ts';
import { flagBadCustomers } from './flag-bad-customers.ts';
import { escalateOverdueFollowUps, sendDueReminders, sendFollowUpDigests } from './follow-up-jobs.ts';
import { gradeCustomers } from './nightly-grading.ts';
import { returnCustomersToPool } from './return-to-pool.ts';
import type { JobDeps, JobOutcome } from './run-job.ts';

export type JobName =
  | 'follow_up_digest'
  | 'follow_up_due'
  | 'follow_up_overdue'
  | 'customer_care'
  | 'complaint_deadlines'
  | 'nightly_grading'
  | 'flag_bad_customers'
  | 'return_to_pool';

export const jobs: Record<JobName, (deps: JobDeps, slot: string) => Promise<JobOutcome>> = {
  follow_up_digest: sendFollowUpDigests,
  follow_up_due: sendDueReminders,
  follow_up_overdue: escalateOverdueFollowUps,
  customer_care: sendCustomerCare,
  complaint_deadlines: checkComplaintDeadlines,
  nightly_grading: gradeCustomers,
  flag_bad_customers: flagBadCustomers,
  return_to_pool: returnCustomersToPool,
};

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(jobs, name);
}

/** When each job runs, in the workspace zone; an admin overrides them in the `jobs.times` setting. */
export const defaultJobTimes: Record<JobName, string> = {
  follow_up_digest: '0 9 * * 1-5',
  follow_up_due: '*/5 * * * *',
  follow_up_overdue: '0 10 * * 1-5',
  customer_care: '30 9 * * 1-5',
  complaint_deadlines: '*/5 * * * *',
  // Nightly, in this order: grades first (the pool limit depends on the grade), then bad-customer
  // flags (flagged customers stay out of the pool), then the pool.
  nightly_grading: '0 1 * * *',
  flag_bad_customers: '30 1 * * *',
  return_to_pool: '0 2 * * *',
};
export const jobTimesKey = 'jobs.times';

/** A slot names one scheduled run; every process computes the same one, so the lease can dedupe. */
export function slotOf(date: Date): string {
  return new Date(Math.floor(date.getTime() / 60_000) * 60_000).toISOString();
}

/** Starts every job on node-cron in the workspace zone. Each run still takes its lease in the database. */
export async function startScheduler(deps: JobDeps): Promise<{ stop(): void }> {
  const overrides = await readSetting(deps.db, jobTimesKey, z.record(z.string(), z.string()), {});
  const tasks: ScheduledTask[] = [];
  for (const [name, run] of Object.entries(jobs) as [JobName, (typeof jobs)[JobName]][]) {
    const wanted = overrides[name];
    const expression = wanted && cron.validate(wanted) ? wanted : defaultJobTimes[name];
    if (wanted && expression !== wanted)
      deps.logger.warn({ job: name, wanted }, 'invalid job time in settings: using the default');
    const task = cron.schedule(
      expression,
      async (context) => {
        try {
          await run(deps, slotOf(context.date));
        } catch (error) {
          // A failed run is retried at its next slot; the process keeps going.
          deps.logger.error({ err: error, job: name }, 'job failed');
        }
      },
      { name, timezone: deps.timeZone, noOverlap: true },
    );
    tasks.push(task);
  }
  deps.logger.info({ jobs: Object.keys(jobs) }, 'scheduler started');
  return {
    stop: () => {
      for (const task of tasks) task.stop();
    },
  };
}
