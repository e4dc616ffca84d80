import { handoverCard } from '../../../cards/handover.ts';
import { listAssignmentRules } from '../../db/assignment-rules.ts';
import { toActor } from '../../db/people.ts';
import { matchAssignmentRule } from '../../domain/ownership/match-assignment-rule.ts';
import type { Actor } from '../../domain/people.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { type Ctx, reply } from '../context.ts';
import type { CrmCommand } from '../parse/crm-command.ts';
import { resolvePerson } from '../resolve-person.ts';
import type { Reply } from '../types.ts';
import { giveCustomers } from './give-customers.ts';

/**
 * 交接: an admin hands over all of a departing rep's customers, to one colleague or spread by the
 * assignment rules (a customer no rule places goes to the rep's manager). Owners, open follow-ups and
 * the complaints the rep handled move in one transaction, audited; each new owner gets a push listing
 * what they received.
 */
export async function handOverCustomers(
  ctx: Ctx,
  command: Extract<CrmCommand, { intent: 'hand_over' }>,
): Promise<Reply> {
  const { actor, db } = ctx;
  if (actor.role !== 'admin')
    throw new BotError('forbidden', t(actor.locale, 'handOverCustomers.onlyAnAdminCan'));
  const from = await resolvePerson(ctx, command.from);
  const to = command.to ? await resolvePerson(ctx, command.to) : null;
  if (to) assertCanOwn(ctx, to, from);
  const customers = await db.customer.findMany({
    where: { ownerId: from.id },
    select: { id: true, name: true, region: true, industry: true, size: true, grade: true },
    orderBy: { name: 'asc' },
  });
  if (customers.length === 0)
    throw new BotError(
      'not_found',
      t(actor.locale, 'handOverCustomers.nameOwnsNoCustomers', { name: from.name }),
    );
  const plan = to ? new Map([[to.id, customers.map((c) => c.id)]]) : await planByRules(ctx, from, customers);

  const recipients = new Map(
    (await db.person.findMany({ where: { id: { in: [...plan.keys()] } } })).map((row) => [
      row.id,
      toActor(row),
    ]),
  );
  const summary = await db.$transaction(async (tx) => {
    const received = [];
    for (const [toId, customerIds] of plan) {
      const to = recipients.get(toId)!;
      const moved = await giveCustomers(ctx, tx, {
        customerIds,
        fromId: from.id,
        fromName: from.name,
        to,
        action: 'customer.handed_over',
        source: ctx.source,
      });
      received.push({
        name: to.name,
        customers: moved.customers,
        followUps: moved.followUps.length,
        complaints: moved.complaints.length,
      });
    }
    return received;
  });
  ctx.log.info(
    { fromId: from.id, customers: customers.length, recipients: plan.size },
    'customers handed over',
  );
  return reply([
    handoverCard({ locale: actor.locale, from: from.name, byRules: to === null, recipients: summary }),
  ]);
}

/** Only people in sales own customers, and handing someone's customers to themselves changes nothing. */
export function assertCanOwn(ctx: Ctx, owner: Actor, from?: Actor): void {
  if (from && owner.id === from.id)
    throw new BotError('invalid_input', t(ctx.actor.locale, 'handOverCustomers.thatIsTheSame'));
  if (owner.role === 'service')
    throw new BotError(
      'invalid_input',
      t(ctx.actor.locale, 'handOverCustomers.nameIsInService', { name: owner.name }),
    );
}

type Traits = {
  id: number;
  name: string;
  region: string | null;
  industry: string | null;
  size: string | null;
  grade: string | null;
};

async function planByRules(ctx: Ctx, from: Actor, customers: Traits[]): Promise<Map<number, number[]>> {
  const zh = ctx.actor.locale !== 'en';
  const rules = await listAssignmentRules(ctx.db);
  const manager = await ctx.db.person.findUnique({ where: { id: from.id }, select: { managerId: true } });
  const fallback = manager?.managerId ?? null;
  const plan = new Map<number, number[]>();
  const unplaced: string[] = [];
  for (const customer of customers) {
    const ownerId = matchAssignmentRule(rules, customer, [from.id])?.ownerId ?? fallback;
    if (ownerId === null) unplaced.push(customer.name);
    else plan.set(ownerId, [...(plan.get(ownerId) ?? []), customer.id]);
  }
  if (unplaced.length > 0) {
    const names = unplaced.slice(0, 5).join('、');
    throw new BotError(
      'invalid_input',
      zh
        ? `没有分配规则适用于 ${names}${unplaced.length > 5 ? ` 等 ${unplaced.length} 家` : ''}，${from.name} 也没有主管可以接手。什么都没改。请先添加分配规则，或指定接手人：交接 ${from.name} 给 <同事>`
        : `No assignment rule places ${names}${unplaced.length > 5 ? ` and ${unplaced.length - 5} more` : ''}, and ${from.name} has no manager to take them. Nothing was changed. Add a rule, or name one colleague: hand over ${from.name} to <colleague>`,
    );
  }
  return plan;
}
