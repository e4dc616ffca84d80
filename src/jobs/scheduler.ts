import cron, { type ScheduledTask } from 'node-cron';
import { z } from 'zod';
import { readSetting } from '../db/settings.ts';
import { checkComplaintDeadlines } from './complaint-deadlines.ts';
import { sendCustomerCare } from './customer-care.ts';
import { sendDailyReports } from './daily-reports.ts';
import { flagBadCustomers } from './flag-bad-customers.ts';
import { escalateOverdueFollowUps, sendDueReminders, sendFollowUpDigests } from './follow-up-jobs.ts';
import { remindUnconfirmedMinutes } from './minutes-reminders.ts';
import { gradeCustomers } from './nightly-grading.ts';
import { pruneHistory } from './prune-history.ts';
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
  | 'return_to_pool'
  | 'daily_report'
  | 'minutes_reminder'
  | 'prune_history';

export const jobs: Record<JobName, (deps: JobDeps, slot: string) => Promise<JobOutcome>> = {
  follow_up_digest: sendFollowUpDigests,
  follow_up_due: sendDueReminders,
  follow_up_overdue: escalateOverdueFollowUps,
  customer_care: sendCustomerCare,
  complaint_deadlines: checkComplaintDeadlines,
  nightly_grading: gradeCustomers,
  flag_bad_customers: flagBadCustomers,
  return_to_pool: returnCustomersToPool,
  daily_report: sendDailyReports,
  minutes_reminder: remindUnconfirmedMinutes,
  prune_history: pruneHistory,
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
  // REPORT_CRON replaces this one (see startScheduler).
  daily_report: '0 18 * * 1-5',
  // Hourly in working hours; minutes fall due at the time of day they were logged.
  minutes_reminder: '0 9-18 * * *',
  // After the other nightly jobs, in the quietest hour.
  prune_history: '30 3 * * *',
};
export const jobTimesKey = 'jobs.times';

/** A slot names one scheduled run; every process computes the same one, so the lease can dedupe. */
export function slotOf(date: Date): string {
  return new Date(Math.floor(date.getTime() / 60_000) * 60_000).toISOString();
}

/**
 * When each job runs: the admin's `jobs.times` setting, then the config (REPORT_CRON for
 * daily_report), then the default. An invalid expression falls through to the next one.
 */
export function chooseJobTimes(
  configured: Partial<Record<JobName, string>>,
  settings: Record<string, string>,
): { times: Record<JobName, string>; rejected: { job: JobName; wanted: string }[] } {
  const rejected: { job: JobName; wanted: string }[] = [];
  const times = { ...defaultJobTimes };
  for (const job of Object.keys(jobs) as JobName[]) {
    for (const wanted of [settings[job], configured[job]]) {
      if (wanted === undefined) continue;
      if (cron.validate(wanted)) {
        times[job] = wanted;
        break;
      }
      rejected.push({ job, wanted });
    }
  }
  return { times, rejected };
}

/** Starts every job on node-cron in the workspace zone. Each run still takes its lease in the database. */
export async function startScheduler(
  deps: JobDeps,
  configured: Partial<Record<JobName, string>> = {},
): Promise<{ stop(): void }> {
  const settings = await readSetting(deps.db, jobTimesKey, z.record(z.string(), z.string()), {});
  const { times, rejected } = chooseJobTimes(configured, settings);
  for (const { job, wanted } of rejected)
    deps.logger.warn({ job, wanted }, 'invalid job time: using the next one configured, or the default');
  const tasks: ScheduledTask[] = [];
  for (const [name, run] of Object.entries(jobs) as [JobName, (typeof jobs)[JobName]][]) {
    const expression = times[name];
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
