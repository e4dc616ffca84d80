import { DateTime } from 'luxon';
import { saleCard } from '../../../cards/sale.ts';
import { createSale, sumTrailingSales } from '../../db/sales.ts';
import { readSetting } from '../../db/settings.ts';
import {
  defaultGradeThresholds,
  gradeBySales,
  gradeThresholdsKey,
  gradeThresholdsSchema,
} from '../../domain/grading/grade-by-sales.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { type Ctx, reply } from '../context.ts';
import { type Draft, provenanceOf } from '../draft.ts';
import type { CrmCommand } from '../parse/crm-command.ts';
import { resolveWorkableCustomer } from '../resolve-workable-customer.ts';
import type { Reply } from '../types.ts';

// Sale.amountCents is a 32-bit integer: one sale can hold up to ¥21,474,836.47.
const maxAmountCents = 2_147_483_647;

/**
 * 成交: records a sale against a customer the person may work on, and shows the trailing 12 months
 * with the grade they will earn tonight, when the nightly grading applies it.
 */
export async function recordSale(
  ctx: Ctx,
  draft: Draft,
  command: Extract<CrmCommand, { intent: 'record_sale' }>,
): Promise<Reply> {
  const { actor } = ctx;
  const resolution = await resolveWorkableCustomer(ctx, draft, { zh: '成交', en: 'sales' });
  if (resolution.kind === 'asked') return resolution.reply;
  const customer = resolution.customer;
  if (command.amountCents > maxAmountCents) {
    throw new BotError('invalid_input', t(actor.locale, 'recordSale.oneSaleCanBe'));
  }
  const now = ctx.now();
  const occurredOn = DateTime.fromISO(command.occurredOn, { zone: ctx.timeZone }).startOf('day').toJSDate();
  if (occurredOn > now) {
    throw new BotError('invalid_input', t(actor.locale, 'recordSale.aSaleCannotBe'));
  }
  const provenance = { ...provenanceOf(actor.id, draft), at: now };
  const trailingCents = await ctx.db.$transaction(async (tx) => {
    await createSale(
      tx,
      { customerId: customer.id, amountCents: command.amountCents, occurredOn, source: 'chat' },
      provenance,
    );
    return sumTrailingSales(tx, customer.id, now);
  });
  ctx.log.info({ customerId: customer.id, amountCents: command.amountCents }, 'sale recorded');
  const [row, thresholds] = await Promise.all([
    ctx.db.customer.findUniqueOrThrow({
      where: { id: customer.id },
      select: { grade: true, status: true, badReason: true },
    }),
    readSetting(ctx.db, gradeThresholdsKey, gradeThresholdsSchema, defaultGradeThresholds),
  ]);
  return reply([
    saleCard({
      locale: actor.locale,
      timeZone: ctx.timeZone,
      customer: customer.name,
      amountCents: command.amountCents,
      occurredOn,
      trailingCents,
      grade: row.grade,
      expectedGrade: gradeBySales(trailingCents, thresholds),
      ...(row.status === 'bad' ? { badCustomer: { reason: row.badReason } } : {}),
    }),
  ]);
}
