import { noticeCard } from '../../../cards/notice.ts';
import { canAssignCustomer } from '../../domain/permissions.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
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
  const named = await resolvePersonOrAsk(ctx, draft, command.to);
  if (named.kind === 'asked') return named.reply;
  const owner = named.person;
  const resolution = await resolveExistingCustomer(ctx, draft);
  if (resolution.kind === 'asked') return resolution.reply;
  const customer = resolution.customer;
  if (!canAssignCustomer(actor, customer, owner)) {
    throw new BotError('forbidden', t(actor.locale, 'assignCustomer.onlyAnAdminOr'));
  }
  assertCanOwn(ctx, owner);
  if (customer.ownerId === owner.id)
    throw new BotError(
      'conflict',
      t(actor.locale, 'assignCustomer.nameAlreadyBelongsTo', { name: customer.name, name2: owner.name }),
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
      title: t(actor.locale, 'assignCustomer.nameNowBelongsTo', { name: customer.name, name2: owner.name }),
    }),
  ]);
}
