import { noticeCard } from '../../../cards/notice.ts';
import { recordAudit } from '../../db/audit.ts';
import { type CustomerRef, getCustomerRef } from '../../db/customers.ts';
import { countClaimsSince, takeFromPool } from '../../db/pool.ts';
import { readSetting } from '../../db/settings.ts';
import { startOfDay } from '../../domain/follow-ups.ts';
import {
  claimLimitKey,
  claimLimitSchema,
  defaultClaimLimit,
} from '../../domain/ownership/is-due-for-pool.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { type Ctx, reply } from '../context.ts';
import type { Draft } from '../draft.ts';
import { resolveExistingCustomer } from '../resolve-existing-customer.ts';
import type { Reply } from '../types.ts';
import { showCustomer } from './find-customer.ts';

/** 领取: claims a customer from the public pool, by name. */
export async function claimCustomer(ctx: Ctx, draft: Draft): Promise<Reply> {
  const resolution = await resolveExistingCustomer(ctx, draft);
  if (resolution.kind === 'asked') return resolution.reply;
  return claimFromPool(ctx, resolution.customer, draft.source);
}

/** The Claim button on the pool card. */
export async function claimById(ctx: Ctx, customerId: number): Promise<Reply> {
  const customer = await getCustomerRef(ctx.db, customerId);
  if (!customer) throw new BotError('not_found', t(ctx.actor.locale, 'claimCustomer.thatCustomerNoLonger'));
  return claimFromPool(ctx, customer, ctx.source);
}

/** How many more the person may claim today, in the workspace's day (setting `pool.claim_limit_per_day`). */
export async function claimsLeftToday(ctx: Ctx): Promise<number> {
  const limit = await readSetting(ctx.db, claimLimitKey, claimLimitSchema, defaultClaimLimit);
  const today = startOfDay(ctx.now(), ctx.timeZone);
  return Math.max(0, limit - (await countClaimsSince(ctx.db, ctx.actor.id, today)));
}

/**
 * Takes the customer out of the pool for the person, within the daily claim limit. Two people claiming
 * at once: the first wins, the second is told. The answer is the customer's card, now theirs.
 */
async function claimFromPool(ctx: Ctx, customer: CustomerRef, source: string): Promise<Reply> {
  const { actor } = ctx;
  if (actor.role === 'service')
    throw new BotError('forbidden', t(actor.locale, 'claimCustomer.serviceStaffCannotClaim'));
  if (customer.ownerId !== null) {
    throw new BotError(
      'conflict',
      customer.ownerId === actor.id
        ? t(actor.locale, 'claimCustomer.nameIsAlreadyYours', { name: customer.name })
        : t(actor.locale, 'claimCustomer.nameIsNotIn', { name: customer.name }),
    );
  }
  const left = await claimsLeftToday(ctx);
  if (left <= 0) {
    const limit = await readSetting(ctx.db, claimLimitKey, claimLimitSchema, defaultClaimLimit);
    throw new BotError('conflict', t(actor.locale, 'claimCustomer.youHaveClaimedLimit', { limit }));
  }
  const now = ctx.now();
  const taken = await ctx.db.$transaction(async (tx) => {
    if (!(await takeFromPool(tx, customer.id, actor.id, now))) return false;
    await recordAudit(tx, [
      {
        actorId: actor.id,
        action: 'customer.claimed',
        entity: 'customer',
        entityId: customer.id,
        source,
        at: now,
      },
    ]);
    return true;
  });
  if (!taken)
    throw new BotError(
      'conflict',
      t(actor.locale, 'claimCustomer.someoneElseJustClaimed', { name: customer.name }),
    );
  ctx.log.info({ customerId: customer.id }, 'customer claimed from the pool');
  const profile = await showCustomer(ctx, customer.id);
  return reply(
    [
      noticeCard({
        tone: 'success',
        title: t(actor.locale, 'claimCustomer.claimedName', { name: customer.name }),
        text: t(actor.locale, 'claimCustomer.youCanClaimValue', { value: left - 1 }),
      }),
      ...profile.cards,
    ],
    { private: profile.private },
  );
}
