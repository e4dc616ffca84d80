import { badCustomersFlaggedCard } from '../../cards/bad-customers-flagged.ts';
import { recordAudit } from '../db/audit.ts';
import { encodeBadReason } from '../domain/grading/bad-reason.ts';
import { addTo, flagArrears } from './flag-arrears.ts';
import { pushDailyToEach } from './push-daily-to-each.ts';
import { forEachItem, type JobDeps, type JobOutcome, runJob } from './run-job.ts';

const year = 365 * 24 * 60 * 60 * 1000;

/**
 * 不良客户, nightly: flags customers with no business for a year — no sale, no visit and no recorded
 * contact in the last 365 days, on file for longer than that. Arrears come first: a customer with a
 * receivable unpaid more than a year past due is flagged for arrears, and the arrears flag this job set
 * is lifted once that is no longer so. A customer whose flag a manager lifted within the year is left
 * alone (for either reason), or the flag would come straight back. Owners hear which, and why.
 */
export function flagBadCustomers(deps: JobDeps, slot: string): Promise<JobOutcome> {
  const { db } = deps;
  return runJob(deps, { name: 'flag_bad_customers', slot }, async () => {
    const now = deps.now();
    const source = `job:flag_bad_customers:${slot}`;
    const cutoff = new Date(now.getTime() - year);
    const lifted = await db.auditLog.findMany({
      where: { entity: 'customer', action: 'customer.unflagged', at: { gte: cutoff } },
      select: { entityId: true },
    });
    const spared = new Set(lifted.map((row) => row.entityId));
    // Arrears first: a customer that owes and has no business is flagged for the money.
    const arrears = await flagArrears(deps, now, source, spared);
    const candidates = await db.customer.findMany({
      where: {
        status: { not: 'bad' },
        createdAt: { lt: cutoff },
        OR: [{ lastContactAt: null }, { lastContactAt: { lt: cutoff } }],
        sales: { none: { occurredOn: { gte: cutoff } } },
        visits: { none: { occurredAt: { gte: cutoff } } },
      },
      select: { id: true, name: true, ownerId: true },
    });
    const byOwner = arrears.byOwner;
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
              source,
              at: now,
            },
          ]);
        });
        addTo(byOwner, customer.ownerId, { name: customer.name, reason: badReason });
      },
    );
    const pushed = await pushDailyToEach(
      deps,
      'bad_customers_flagged',
      byOwner,
      (locale, customers) => badCustomersFlaggedCard({ locale, customers }),
      now,
    );
    return {
      done: arrears.done + flagged.done,
      failed: arrears.failed + flagged.failed + pushed.failed,
    };
  });
}
