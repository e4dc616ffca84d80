import { returnedToPoolCard } from '../../cards/returned-to-pool.ts';
import { formatDay } from '../../cards/text.ts';
import { listOwnedWithActivity, returnToPool } from '../db/pool.ts';
import { recordPush } from '../db/pushes.ts';
import { readSetting } from '../db/settings.ts';
import {
  defaultPoolLimits,
  isDueForPool,
  poolLimitFor,
  poolLimitsKey,
  poolLimitsSchema,
} from '../domain/ownership/is-due-for-pool.ts';
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
    const owners = await db.person.findMany({
      where: { id: { in: [...byOwner.keys()] } },
      select: { id: true, locale: true },
    });
    const today = formatDay(now, deps.timeZone);
    const pushed = await forEachItem(
      owners,
      deps.logger,
      (owner) => ({ personId: owner.id }),
      async (owner) => {
        const customers = byOwner.get(owner.id)!.sort((a, b) => b.idleDays - a.idleDays);
        await recordPush(
          db,
          {
            key: `return_to_pool:${today}:${owner.id}`,
            personId: owner.id,
            kind: 'return_to_pool',
            cards: [returnedToPoolCard({ locale: owner.locale === 'en' ? 'en' : 'zh', customers })],
          },
          now,
        );
      },
    );
    return { done: returned.done, failed: returned.failed + pushed.failed };
  });
}
