import { type ComplaintRecord, getComplaint } from '../../db/complaints.ts';
import {
  type ComplaintAction,
  checkComplaintAction,
} from '../../domain/complaints/check-complaint-action.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
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
        : t(ctx.actor.locale, 'loadComplaintFor.complaintNHasNo', { n }),
      owner_manager_or_admin: t(ctx.actor.locale, 'loadComplaintFor.onlyTheOwnerTheir', { n }),
      owner_or_reporter: t(ctx.actor.locale, 'loadComplaintFor.onlyTheOwnerOr', { n }),
      reporter_only: t(ctx.actor.locale, 'loadComplaintFor.onlyNameWhoFiled', { name: record.reporter.name }),
    }[check.reason];
    throw new BotError('forbidden', message);
  }
  const state = {
    resolved: t(ctx.actor.locale, 'loadComplaintFor.complaintNIsAlready', { n }),
    closed: t(ctx.actor.locale, 'loadComplaintFor.complaintNIsAlready2', { n }),
  };
  const message = {
    already_acknowledged: t(ctx.actor.locale, 'loadComplaintFor.complaintNIsAlready3', { n }),
    not_open: record.status === 'closed' ? state.closed : state.resolved,
    not_resolved:
      record.status === 'closed'
        ? t(ctx.actor.locale, 'loadComplaintFor.complaintNAlreadyHas', { n })
        : t(ctx.actor.locale, 'loadComplaintFor.complaintNIsNot', { n }),
    at_top_level: t(ctx.actor.locale, 'loadComplaintFor.complaintNIsAlready4', {
      n,
      escalationLevel: record.escalationLevel,
    }),
  }[check.reason];
  throw new BotError('conflict', message);
}
