import { type GradeChange, gradeChangesCard } from '../../cards/grade-changes.ts';
import type { Db } from '../db/client.ts';
import { loadSalesHistories } from '../db/sales.ts';
import { readSetting } from '../db/settings.ts';
import { assessCustomer, type CustomerAssessment } from '../domain/grading/assess-customer.ts';
import { badMarkOf } from '../domain/grading/bad-reason.ts';
import { compareGrades } from '../domain/grading/compare-grades.ts';
import {
  defaultGradeThresholds,
  gradeThresholdsKey,
  gradeThresholdsSchema,
} from '../domain/grading/grade-by-sales.ts';
import { pushDailyToEach } from './push-daily-to-each.ts';
import { forEachItem, type JobDeps, type JobOutcome, runJob } from './run-job.ts';

type Change = GradeChange;

const customerSelect = {
  id: true,
  name: true,
  status: true,
  badReason: true,
  grade: true,
  lifecycleStage: true,
  rfmRecency: true,
  rfmFrequency: true,
  rfmMonetary: true,
  lastContactAt: true,
  createdAt: true,
  owner: { select: { name: true, managerId: true, teamId: true } },
} as const;
interface GradedCustomer {
  id: number;
  name: string;
  status: string;
  badReason: string | null;
  grade: string | null;
  lifecycleStage: string | null;
  rfmRecency: number | null;
  rfmFrequency: number | null;
  rfmMonetary: number | null;
  lastContactAt: Date | null;
  createdAt: Date;
  owner: { name: string; managerId: number | null; teamId: number | null } | null;
}

/**
 * 客户分级, nightly: every customer's grade (from trailing-12-month sales, thresholds in the
 * `grading.thresholds` setting), RFM scores and lifecycle stage. Each manager then gets one push
 * listing their team's grade changes with ↑/↓.
 */
export function gradeCustomers(deps: JobDeps, slot: string): Promise<JobOutcome> {
  const { db } = deps;
  return runJob(deps, { name: 'nightly_grading', slot }, async () => {
    const now = deps.now();
    const thresholds = await readSetting(
      db,
      gradeThresholdsKey,
      gradeThresholdsSchema,
      defaultGradeThresholds,
    );
    const histories = await loadSalesHistories(db, now);
    const customers: GradedCustomer[] = await db.customer.findMany({ select: customerSelect });
    // Who hears of a change: "p12" the owner's manager, else "t3" the managers of the owner's team.
    // Pool customers have neither; their grade still changes, silently.
    const byRecipient = new Map<string, Change[]>();
    const graded = await forEachItem(
      customers,
      deps.logger,
      (customer) => ({ customerId: customer.id }),
      async (customer) => {
        const history = histories.get(customer.id) ?? { recent: [], firstSaleOn: null, lastSaleOn: null };
        const change = await applyAssessment(
          db,
          customer,
          assessCustomer(history, customer, now, thresholds),
          now,
        );
        const owner = customer.owner;
        if (!change || !owner || (owner.managerId === null && owner.teamId === null)) return;
        const key = owner.managerId !== null ? `p${owner.managerId}` : `t${owner.teamId}`;
        byRecipient.set(key, [...(byRecipient.get(key) ?? []), change]);
      },
    );
    const pushed = await sendGradeChanges(deps, byRecipient, now);
    return { done: graded.done, failed: graded.failed + pushed.failed };
  });
}

/**
 * Writes what changed (nothing when nothing did: most nights, for most customers) and returns the
 * grade change to report, if any. previousGrade and gradedAt record the last change.
 */
async function applyAssessment(
  db: Db,
  customer: GradedCustomer,
  found: CustomerAssessment,
  now: Date,
): Promise<Change | null> {
  const direction = found.grade === null ? 'same' : compareGrades(customer.grade, found.grade);
  const unchanged =
    direction === 'same' &&
    customer.lifecycleStage === found.lifecycleStage &&
    customer.rfmRecency === found.rfm.recency &&
    customer.rfmFrequency === found.rfm.frequency &&
    customer.rfmMonetary === found.rfm.monetary;
  if (unchanged) return null;
  await db.customer.update({
    where: { id: customer.id },
    data: {
      lifecycleStage: found.lifecycleStage,
      rfmRecency: found.rfm.recency,
      rfmFrequency: found.rfm.frequency,
      rfmMonetary: found.rfm.monetary,
      ...(direction !== 'same' ? { grade: found.grade, previousGrade: customer.grade, gradedAt: now } : {}),
    },
  });
  if (direction === 'same' || found.grade === null || !customer.owner) return null;
  return {
    customer: customer.name,
    customerBad: badMarkOf(customer),
    owner: customer.owner.name,
    from: customer.grade,
    to: found.grade,
    direction,
    trailingCents: found.trailingCents,
  };
}

/** One push per manager a night (keyed by day), listing their team's changes. */
async function sendGradeChanges(
  deps: JobDeps,
  byRecipient: Map<string, Change[]>,
  now: Date,
): Promise<{ done: number; failed: number }> {
  const keys = [...byRecipient.keys()];
  const people = await deps.db.person.findMany({
    where: {
      OR: [
        { id: { in: keys.filter((k) => k.startsWith('p')).map((k) => Number(k.slice(1))) } },
        {
          role: 'manager',
          teamId: { in: keys.filter((k) => k.startsWith('t')).map((k) => Number(k.slice(1))) },
        },
      ],
    },
    select: { id: true, locale: true, teamId: true, role: true },
  });
  const managers = new Map<number, Change[]>();
  for (const [key, changes] of byRecipient) {
    const recipients = key.startsWith('p')
      ? people.filter((p) => `p${p.id}` === key)
      : people.filter((p) => p.role === 'manager' && `t${p.teamId}` === key);
    for (const person of recipients)
      managers.set(person.id, [...(managers.get(person.id) ?? []), ...changes]);
  }
  return pushDailyToEach(
    deps,
    'grade_changes',
    managers,
    (locale, changes) => gradeChangesCard({ locale, changes }),
    now,
  );
}
