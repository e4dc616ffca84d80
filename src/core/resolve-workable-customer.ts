import type { CustomerRef } from '../db/customers.ts';
import { type BadMark, badMarkOf } from '../domain/grading/bad-reason.ts';
import { canWorkOnCustomer } from '../domain/permissions.ts';
import { BotError } from '../errors.ts';
import type { Ctx } from './context.ts';
import type { Draft } from './draft.ts';
import { resolveExistingCustomer } from './resolve-existing-customer.ts';
import type { Reply } from './types.ts';

/**
 * resolveExistingCustomer for commands that record something against the customer (a sale, arrears,
 * a payment): a customer the person may not work on is refused with "you cannot record <what>".
 */
export async function resolveWorkableCustomer(
  ctx: Ctx,
  draft: Draft,
  what: { zh: string; en: string },
): Promise<{ kind: 'existing'; customer: CustomerRef } | { kind: 'asked'; reply: Reply }> {
  const resolution = await resolveExistingCustomer(ctx, draft);
  if (resolution.kind === 'asked') return resolution;
  const { name } = resolution.customer;
  if (!canWorkOnCustomer(ctx.actor, resolution.customer))
    throw new BotError(
      'forbidden',
      ctx.actor.locale !== 'en'
        ? `你不能为「${name}」记录${what.zh}。`
        : `You cannot record ${what.en} for ${name}.`,
    );
  return resolution;
}

/** The customer's bad-customer mark as it stands after a write, for the card that reports it. */
export async function readBadMark(ctx: Ctx, customerId: number): Promise<BadMark | null> {
  const row = await ctx.db.customer.findUniqueOrThrow({
    where: { id: customerId },
    select: { status: true, badReason: true },
  });
  return badMarkOf(row);
}
