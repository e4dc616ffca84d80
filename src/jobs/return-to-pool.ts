import { returnedToPoolCard } from '../../cards/returned-to-pool.ts';
import { listOwnedWithActivity, returnToPool } from '../db/pool.ts';
import { readSetting } from '../db/settings.ts';
import {
  defaultPoolLimits,
  isDueForPool,
  poolLimitFor,
  poolLimitsKey,
  poolLimitsSchema,
} from '../domain/ownership/is-due-for-pool.ts';
import { pushDailyToEach } from './push-daily-to-each.ts';
import { forEachItem, type JobDeps, type JobOutcome, runJob } from './run-job.ts';

const day = 24 * 60 * 60 * 1000;

type Returned = { name: string; grade: string | null; idleDays: number; limitDays: number };

/**
 * 公海回收, nightly: customers with no contact or follow-up for longer than their grade allows
 * (setting `pool.return_after_days`) go back to the public pool, and each former owner hears which.
 * Customers flagged bad stay where they are: the flag is how they were dealt with.
 */
export function returnCustomersToPool(deps: JobDeps, slot: string): Promise<JobOutcome> {
  const { db } = deps;
  return runJob(deps, { name: 'return_to_pool', slot }, async () => {
    const now = deps.now();
    const limits = await readSetting(db, poolLimitsKey, poolLimitsSchema, defaultPoolLimits);
    const due = (await listOwnedWithActivity(db)).filter((customer) => isDueForPool(customer, limits, now));
    const byOwner = new Map<number, Returned[]>();
    const returned = await forEachItem(
      due,
      deps.logger,
      (customer) => ({ customerId: customer.id }),
      async (customer) => {
        const moved = await db.$transaction((tx) =>
          returnToPool(tx, customer, now, `job:return_to_pool:${slot}`),
        );
        if (!moved) return;
        const list = byOwner.get(customer.ownerId) ?? [];
        list.push({
          name: customer.name,
          grade: customer.grade,
          idleDays: Math.floor((now.getTime() - customer.lastActivityAt.getTime()) / day),
          limitDays: poolLimitFor(customer.grade, limits),
        });
        byOwner.set(customer.ownerId, list);
      },
    );
    const pushed = await pushDailyToEach(
      deps,
      'return_to_pool',
      byOwner,
      (locale, customers) =>
        returnedToPoolCard({ locale, customers: customers.sort((a, b) => b.idleDays - a.idleDays) }),
      now,
    );
    return { done: returned.done, failed: returned.failed + pushed.failed };
  });
}
