import { DateTime } from 'luxon';
import { receivableCard } from '../../../cards/receivable.ts';
import { createReceivable, sumOpenReceivables } from '../../db/receivables.ts';
import { BotError } from '../../errors.ts';
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
  const zh = actor.locale !== 'en';
  const example = zh
    ? `例如「${command.customer} 欠款 30万 到期 2025-06-01」。`
    : `For example "${command.customer} owes 50k due 2025-06-01".`;
  if (command.amountCents === null)
    throw new BotError('invalid_input', zh ? `欠款金额是多少？${example}` : `How much is owed? ${example}`);
  if (command.amountCents > maxReceivableCents)
    throw new BotError(
      'invalid_input',
      zh
        ? '单笔欠款最多记录 2147 万元，更大的金额请分几笔记录。'
        : 'One receivable can be at most ¥21,474,836; record a larger one in parts.',
    );
  if (command.dueText !== null)
    throw new BotError(
      'invalid_input',
      zh
        ? `看不懂到期日「${command.dueText}」，请写成 2025-06-01。`
        : `I cannot read the due date "${command.dueText}". Write it like 2025-06-01.`,
    );
  if (command.dueOn === null)
    throw new BotError('invalid_input', zh ? `哪天到期？${example}` : `When was it due? ${example}`);
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
