import { recordEscalation } from '../core/complaints/record-escalation.ts';
import { getComplaint, listComplaintsPastDeadline } from '../db/complaints.ts';
import { dueEscalationLevel, findMissedDeadlines } from '../domain/complaints/escalation.ts';
import { forEachItem, type JobDeps, type JobOutcome, runJob } from './run-job.ts';

export const complaintDeadlinesJob = 'complaint_deadlines';

/**
 * Escalates complaints that missed a deadline: the first miss goes to the owner's manager (level 1),
 * a further miss one level up (level 2). Each complaint is re-read in its own transaction and only
 * raised from the level it is at, so overlapping runs and manual escalations never repeat a level.
 */
export function checkComplaintDeadlines(deps: JobDeps, slot: string): Promise<JobOutcome> {
  return runJob(deps, { name: complaintDeadlinesJob, slot }, async () => {
    const now = deps.now();
    const candidates = await listComplaintsPastDeadline(deps.db, now);
    const by = { actorId: null, source: `job:${complaintDeadlinesJob}:${slot}`, name: null };
    return forEachItem(
      candidates,
      deps.logger,
      (complaint) => ({ complaintId: complaint.id }),
      (complaint) =>
        deps.db.$transaction(async (tx) => {
          const record = await getComplaint(tx, complaint.id);
          if (!record) return;
          const missed = findMissedDeadlines(record, now);
          for (let level = record.escalationLevel + 1; level <= dueEscalationLevel(record, now); level++) {
            const reason = missed[level - 1] === 'resolve' ? 'resolve_missed' : 'acknowledge_missed';
            const step = { level, reason, by, at: now } as const;
            const result = await recordEscalation(tx, record, step, deps.timeZone);
            if (!result.escalated) return;
            deps.logger.info({ complaintId: record.id, level, to: result.to?.id }, 'complaint escalated');
          }
        }),
    );
  });
}
