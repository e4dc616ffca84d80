import { DateTime } from 'luxon';
import { receivableCard } from '../../../cards/receivable.ts';
import { createReceivable, sumOpenReceivables } from '../../db/receivables.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { type Ctx, reply } from '../context.ts';
import { type Draft, provenanceOf } from '../draft.ts';
import type { CrmCommand } from '../parse/crm-command.ts';
import { readBadMark, resolveWorkableCustomer } from '../resolve-workable-customer.ts';
import type { Reply } from '../types.ts';

// Receivable.amountCents is a 32-bit integer, like a sale's.
export const maxReceivableCents = 2_147_483_647;

/**
 * 欠款: records money a customer owes and when it fell (or falls) due, for whoever may record its
 * sales. Arrears still unpaid a year past due flag the customer bad in the nightly job. The input is
 * checked before the customer is looked up, so a bad message never leads to a "which customer?".
 */
export async function recordArrears(
  ctx: Ctx,
  draft: Draft,
  command: Extract<CrmCommand, { intent: 'record_arrears' }>,
): Promise<Reply> {
  const { actor } = ctx;
  const example = t(actor.locale, 'recordArrears.forExampleCustomerOwes', { customer: command.customer });
  if (command.amountCents === null)
    throw new BotError('invalid_input', t(actor.locale, 'recordArrears.howMuchIsOwed', { example }));
  if (command.amountCents > maxReceivableCents)
    throw new BotError('invalid_input', t(actor.locale, 'recordArrears.oneReceivableCanBe'));
  if (command.dueText !== null)
    throw new BotError(
      'invalid_input',
      t(actor.locale, 'recordArrears.iCannotReadThe', { dueText: command.dueText }),
    );
  if (command.dueOn === null)
    throw new BotError('invalid_input', t(actor.locale, 'recordArrears.whenWasItDue', { example }));
  const resolution = await resolveWorkableCustomer(ctx, draft, { zh: '欠款', en: 'arrears' });
  if (resolution.kind === 'asked') return resolution.reply;
  const customer = resolution.customer;
  const now = ctx.now();
  const dueOn = DateTime.fromISO(command.dueOn, { zone: ctx.timeZone }).startOf('day').toJSDate();
  const provenance = { ...provenanceOf(actor.id, draft), at: now };
  const open = await ctx.db.$transaction(async (tx) => {
    await createReceivable(
      tx,
      { customerId: customer.id, amountCents: command.amountCents!, dueOn, source: 'chat' },
      provenance,
    );
    return sumOpenReceivables(tx, customer.id, now);
  });
  ctx.log.info({ customerId: customer.id, amountCents: command.amountCents }, 'arrears recorded');
  return reply([
    receivableCard({
      locale: actor.locale,
      timeZone: ctx.timeZone,
      customer: customer.name,
      kind: 'arrears',
      amountCents: command.amountCents,
      day: dueOn,
      ...open,
      badCustomer: await readBadMark(ctx, customer.id),
    }),
  ]);
}
