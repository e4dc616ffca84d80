import { badCustomersFlaggedCard } from '../../cards/bad-customers-flagged.ts';
import { recordAudit } from '../db/audit.ts';
import { encodeBadReason } from '../domain/grading/bad-reason.ts';
import { pushDailyToEach } from './push-daily-to-each.ts';
import { forEachItem, type JobDeps, type JobOutcome, runJob } from './run-job.ts';

const year = 365 * 24 * 60 * 60 * 1000;

/**
 * 不良客户, nightly: flags customers with no business for a year — no sale, no visit and no recorded
 * contact in the last 365 days, on file for longer than that. A customer whose flag a manager lifted
 * within the year is left alone, or the flag would come straight back. Owners hear which were flagged.
 * (Arrears over a year would be flagged here too once arrears data exists; until then it is a manual flag.)
 */
export function flagBadCustomers(deps: JobDeps, slot: string): Promise<JobOutcome> {
  const { db } = deps;
  return runJob(deps, { name: 'flag_bad_customers', slot }, async () => {
    const now = deps.now();
    const cutoff = new Date(now.getTime() - year);
    const [candidates, lifted] = await Promise.all([
      db.customer.findMany({
        where: {
          status: { not: 'bad' },
          createdAt: { lt: cutoff },
          OR: [{ lastContactAt: null }, { lastContactAt: { lt: cutoff } }],
          sales: { none: { occurredOn: { gte: cutoff } } },
          visits: { none: { occurredAt: { gte: cutoff } } },
        },
        select: { id: true, name: true, ownerId: true },
      }),
      db.auditLog.findMany({
        where: { entity: 'customer', action: 'customer.unflagged', at: { gte: cutoff } },
        select: { entityId: true },
      }),
    ]);
    const spared = new Set(lifted.map((row) => row.entityId));
    const byOwner = new Map<number, string[]>();
    const flagged = await forEachItem(
      candidates.filter((customer) => !spared.has(customer.id)),
      deps.logger,
      (customer) => ({ customerId: customer.id }),
      async (customer) => {
        const badReason = encodeBadReason('no_business', null);
        await db.$transaction(async (tx) => {
          await tx.customer.update({
            where: { id: customer.id },
            data: { status: 'bad', badReason, flaggedAt: now },
          });
          await recordAudit(tx, [
            {
              actorId: null,
              action: 'customer.flagged_bad',
              entity: 'customer',
              entityId: customer.id,
              data: { badReason },
              source: `job:flag_bad_customers:${slot}`,
              at: now,
            },
          ]);
        });
        if (customer.ownerId !== null)
          byOwner.set(customer.ownerId, [...(byOwner.get(customer.ownerId) ?? []), customer.name]);
      },
    );
    const pushed = await pushDailyToEach(
      deps,
      'bad_customers_flagged',
      byOwner,
      (locale, customers) => badCustomersFlaggedCard({ locale, customers }),
      now,
    );
    return { done: flagged.done, failed: flagged.failed + pushed.failed };
  });
}
