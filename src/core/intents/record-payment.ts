import { DateTime } from 'luxon';
import { formatMoney } from '../../../cards/format-money.ts';
import { receivableCard } from '../../../cards/receivable.ts';
import { clearArrearsFlagIfPaid } from '../../db/arrears-flag.ts';
import { applyPayment, sumOpenReceivables } from '../../db/receivables.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { type Ctx, reply } from '../context.ts';
import { type Draft, provenanceOf } from '../draft.ts';
import type { CrmCommand } from '../parse/crm-command.ts';
import { readBadMark, resolveWorkableCustomer } from '../resolve-workable-customer.ts';
import type { Reply } from '../types.ts';

/**
 * 回款: a payment against the customer's recorded arrears, oldest due first. It cannot pay more than
 * is open (the table keeps arrears, not a ledger). When it leaves nothing unpaid a year past due, the
 * arrears flag the nightly job set is lifted on the spot.
 */
export async function recordPayment(
  ctx: Ctx,
  draft: Draft,
  command: Extract<CrmCommand, { intent: 'record_payment' }>,
): Promise<Reply> {
  const { actor } = ctx;
  const zh = actor.locale !== 'en';
  if (command.amountCents === null && !command.settle)
    throw new BotError(
      'invalid_input',
      t(actor.locale, 'recordPayment.howMuchWasPaid', { customer: command.customer }),
    );
  const now = ctx.now();
  const paidOn = DateTime.fromISO(command.paidOn, { zone: ctx.timeZone }).startOf('day').toJSDate();
  if (paidOn > now) throw new BotError('invalid_input', t(actor.locale, 'recordPayment.aPaymentCannotBe'));
  const resolution = await resolveWorkableCustomer(ctx, draft, { zh: '回款', en: 'payments' });
  if (resolution.kind === 'asked') return resolution.reply;
  const customer = resolution.customer;
  const before = await sumOpenReceivables(ctx.db, customer.id, now);
  if (before.openCents === 0)
    throw new BotError(
      'conflict',
      t(actor.locale, 'recordPayment.nameHasNoOpen', { name: customer.name, customer: command.customer }),
    );
  if (command.amountCents !== null && command.amountCents > before.openCents)
    throw new BotError(
      'invalid_input',
      zh
        ? `「${customer.name}」只欠 ${formatMoney(before.openCents, 'zh-Hans')}，回款不能超过欠款。`
        : `${customer.name} owes only ${formatMoney(before.openCents, 'en')}; a payment cannot exceed it.`,
    );
  const by = { actorId: actor.id, source: draft.source, at: now };
  const result = await ctx.db.$transaction(async (tx) => {
    const paid = await applyPayment(
      tx,
      { customerId: customer.id, amountCents: command.amountCents ?? 'all', paidOn },
      { ...provenanceOf(actor.id, draft), at: now },
    );
    const flagLifted = await clearArrearsFlagIfPaid(tx, customer.id, by);
    return { ...paid, flagLifted, open: await sumOpenReceivables(tx, customer.id, now) };
  });
  ctx.log.info({ customerId: customer.id, amountCents: result.appliedCents }, 'payment recorded');
  return reply([
    receivableCard({
      locale: actor.locale,
      timeZone: ctx.timeZone,
      customer: customer.name,
      kind: 'payment',
      amountCents: result.appliedCents,
      day: paidOn,
      ...result.open,
      badCustomer: await readBadMark(ctx, customer.id),
      flagLifted: result.flagLifted,
    }),
  ]);
}
