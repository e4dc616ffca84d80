import type { CustomerRef } from '../db/customers.ts';
import { matchCustomer } from '../db/customers.ts';
import { BotError } from '../errors.ts';
import { t } from '../i18n/t.ts';
import type { Ctx } from './context.ts';
import type { Draft } from './draft.ts';
import { resolveCustomer } from './resolve-customer.ts';
import type { Reply } from './types.ts';

/**
 * Like resolveCustomer, for commands that act on a customer that must already exist (claim, flag, a
 * sale, a collaborator): an unknown name is an answer, not an offer to create it.
 */
export async function resolveExistingCustomer(
  ctx: Ctx,
  draft: Draft,
): Promise<{ kind: 'existing'; customer: CustomerRef } | { kind: 'asked'; reply: Reply }> {
  const mention = draft.parse.customer ?? '';
  // The choice card offers "create"; for these commands that is not an option.
  if (draft.createCustomer) throw unknownCustomer(ctx, mention);
  if (draft.customerId === undefined) {
    const { match } = await matchCustomer(ctx.db, mention);
    if (match.kind === 'none') throw unknownCustomer(ctx, mention);
  }
  const resolution = await resolveCustomer(ctx, draft);
  if (resolution.kind === 'create') throw unknownCustomer(ctx, mention);
  return resolution;
}

function unknownCustomer(ctx: Ctx, mention: string): BotError {
  return new BotError('not_found', t(ctx.actor.locale, 'resolveExistingCustomer.iCannotFindA', { mention }));
}
