import { customerProfileCard } from '../../../cards/customer-profile.ts';
import { getCustomerProfile } from '../../db/customer-profile.ts';
import { createCustomer } from '../../db/customers.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { type Ctx, privateInGroups } from '../context.ts';
import type { Draft } from '../draft.ts';
import { resolveCustomer } from '../resolve-customer.ts';
import type { Reply } from '../types.ts';

/** Looks a customer up: profile, owner, grade, last contact, recent visits, open follow-ups and complaints. */
export async function findCustomer(ctx: Ctx, draft: Draft): Promise<Reply> {
  const resolution = await resolveCustomer(ctx, draft);
  if (resolution.kind === 'asked') return resolution.reply;
  if (resolution.kind === 'existing') return showCustomer(ctx, resolution.customer.id);
  // The person looked up an unknown name and chose to create it.
  const provenance = { actorId: ctx.actor.id, source: draft.source, confirmedBy: ctx.actor.id };
  const customer = await ctx.db.$transaction((tx) =>
    createCustomer(tx, { name: resolution.name, ownerId: ctx.actor.id }, provenance),
  );
  return showCustomer(ctx, customer.id, 'created');
}

export async function showCustomer(ctx: Ctx, customerId: number, headline?: 'created'): Promise<Reply> {
  const profile = await getCustomerProfile(ctx.db, customerId, ctx.now());
  if (!profile) throw new BotError('not_found', t(ctx.actor.locale, 'findCustomer.thatCustomerDoesNot'));
  return privateInGroups(ctx, [
    customerProfileCard({
      ...profile,
      locale: ctx.actor.locale,
      timeZone: ctx.timeZone,
      ...(headline ? { headline } : {}),
    }),
  ]);
}
