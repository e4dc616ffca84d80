import { type ComplaintRecord, getComplaint } from '../../db/complaints.ts';
import {
  type ComplaintAction,
  checkComplaintAction,
} from '../../domain/complaints/check-complaint-action.ts';
import { BotError } from '../../errors.ts';
import type { Ctx } from '../context.ts';
import { complaintNotFound } from './complaint-reply.ts';

/** Loads a complaint for an action, or refuses with why: not theirs to do, or not in a state for it. */
export async function loadComplaintFor(
  ctx: Ctx,
  complaintId: number,
  action: ComplaintAction,
): Promise<ComplaintRecord> {
  const record = await getComplaint(ctx.db, complaintId);
  if (!record) throw complaintNotFound(ctx, complaintId);
  const check = checkComplaintAction(action, ctx.actor, {
    status: record.status,
    ownerId: record.owner?.id ?? null,
    ownerManagerId: record.owner?.managerId ?? null,
    reporterId: record.reporter.id,
    escalationLevel: record.escalationLevel,
  });
  if (check.kind === 'allowed') return record;
  const zh = ctx.actor.locale !== 'en';
  const n = `#${record.id}`;
  if (check.kind === 'forbidden') {
    const owner = record.owner?.name;
    const verb = action === 'accept' ? ['受理', 'accept'] : ['解决', 'resolve'];
    const message = {
      owner_only: owner
        ? zh
          ? `只有处理人${owner}可以${verb[0]}客诉 ${n}。`
          : `Only the owner, ${owner}, can ${verb[1]} complaint ${n}.`
        : zh
          ? `客诉 ${n} 还没有处理人，请经理或管理员先转派。`
          : `Complaint ${n} has no owner yet; a manager or an admin must reassign it first.`,
      owner_manager_or_admin: zh
        ? `只有处理人、处理人的经理或管理员可以转派客诉 ${n}。`
        : `Only the owner, their manager or an admin can reassign complaint ${n}.`,
      owner_or_reporter: zh
        ? `只有处理人或提交人可以升级客诉 ${n}。`
        : `Only the owner or the person who filed it can escalate complaint ${n}.`,
      reporter_only: zh
        ? `只有提交客诉的${record.reporter.name}可以记录客户满意度。`
        : `Only ${record.reporter.name}, who filed it, can record the customer's satisfaction.`,
    }[check.reason];
    throw new BotError('forbidden', message);
  }
  const state = {
    resolved: zh ? `客诉 ${n} 已经解决了。` : `Complaint ${n} is already resolved.`,
    closed: zh ? `客诉 ${n} 已经关闭了。` : `Complaint ${n} is already closed.`,
  };
  const message = {
    already_acknowledged: zh ? `客诉 ${n} 已经受理了。` : `Complaint ${n} is already accepted.`,
    not_open: record.status === 'closed' ? state.closed : state.resolved,
    not_resolved:
      record.status === 'closed'
        ? zh
          ? `客诉 ${n} 已经记录过满意度并关闭了。`
          : `Complaint ${n} already has its satisfaction recorded and is closed.`
        : zh
          ? `客诉 ${n} 还没有解决，解决后才能记录客户满意度。`
          : `Complaint ${n} is not resolved yet; satisfaction is recorded after it is.`,
    at_top_level: zh
      ? `客诉 ${n} 已经升级到最高级（${record.escalationLevel} 级）。`
      : `Complaint ${n} is already at the top escalation level (${record.escalationLevel}).`,
  }[check.reason];
  throw new BotError('conflict', message);
}
