import { poolCard } from '../../../cards/pool.ts';
import { listPoolCustomers } from '../../db/pool.ts';
import { type Ctx, privateInGroups } from '../context.ts';
import type { Reply } from '../types.ts';
import { claimsLeftToday } from './claim-customer.ts';

const shown = 10;

/** 公海: browses or searches the public pool, with a Claim button on the first few. */
export async function browsePool(ctx: Ctx, query: string | null): Promise<Reply> {
  const { items, total } = await listPoolCustomers(ctx.db, { query, take: shown });
  const claimsLeft = ctx.actor.role === 'service' ? null : await claimsLeftToday(ctx);
  return privateInGroups(ctx, [
    poolCard({ locale: ctx.actor.locale, timeZone: ctx.timeZone, query, items, total, claimsLeft }),
  ]);
}
