import { noticeCard } from '../../../cards/notice.ts';
import { canAssignCustomer } from '../../domain/permissions.ts';
import { BotError } from '../../errors.ts';
import { type Ctx, reply } from '../context.ts';
import type { Draft } from '../draft.ts';
import type { CrmCommand } from '../parse/crm-command.ts';
import { resolveExistingCustomer } from '../resolve-existing-customer.ts';
import { resolvePersonOrAsk } from '../resolve-person.ts';
import type { Reply } from '../types.ts';
import { giveCustomers } from './give-customers.ts';
import { assertCanOwn } from './hand-over-customers.ts';

/**
 * 分配: gives one customer a new owner (the fix for a customer nobody owns). The previous owner's open
 * follow-ups and complaints go along, as in a handover, and the new owner hears about it.
 */
export async function assignCustomer(
  ctx: Ctx,
  draft: Draft,
  command: Extract<CrmCommand, { intent: 'assign_customer' }>,
): Promise<Reply> {
  const { actor } = ctx;
  const zh = actor.locale !== 'en';
  const named = await resolvePersonOrAsk(ctx, draft, command.to);
  if (named.kind === 'asked') return named.reply;
  const owner = named.person;
  const resolution = await resolveExistingCustomer(ctx, draft);
  if (resolution.kind === 'asked') return resolution.reply;
  const customer = resolution.customer;
  if (!canAssignCustomer(actor, customer, owner)) {
    throw new BotError(
      'forbidden',
      zh
        ? '只有管理员，或本团队客户和公海客户的主管（分给本团队的人），可以分配客户。'
        : "Only an admin, or a manager for their team's and the pool's customers (to their own team), can assign customers.",
    );
  }
  assertCanOwn(ctx, owner);
  if (customer.ownerId === owner.id)
    throw new BotError(
      'conflict',
      zh
        ? `「${customer.name}」已经由 ${owner.name} 负责。`
        : `${customer.name} already belongs to ${owner.name}.`,
    );
  await ctx.db.$transaction((tx) =>
    giveCustomers(ctx, tx, {
      customerIds: [customer.id],
      fromId: customer.ownerId,
      fromName: null,
      to: owner,
      action: 'customer.assigned',
      source: draft.source,
      confirmedBy: draft.confirmedBy ?? null,
    }),
  );
  ctx.log.info({ customerId: customer.id, ownerId: owner.id }, 'customer assigned');
  return reply([
    noticeCard({
      tone: 'success',
      title: zh
        ? `已将「${customer.name}」分配给 ${owner.name}`
        : `${customer.name} now belongs to ${owner.name}`,
    }),
  ]);
}
