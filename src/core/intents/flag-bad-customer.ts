import { recordAudit } from '../../db/audit.ts';
import { classifyBadNote, decodeBadReason, encodeBadReason } from '../../domain/grading/bad-reason.ts';
import { canUnflagCustomer, canWorkOnCustomer } from '../../domain/permissions.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import type { Ctx } from '../context.ts';
import type { Draft } from '../draft.ts';
import type { CrmCommand } from '../parse/crm-command.ts';
import { resolveExistingCustomer } from '../resolve-existing-customer.ts';
import type { Reply } from '../types.ts';
import { showCustomer } from './find-customer.ts';

/**
 * 不良客户: flags a customer bad with a reason (arrears when the note speaks of unpaid money; recorded
 * receivables flag arrears by themselves, in the nightly job), or lifts the flag. Anyone who works on the customer may flag it; lifting
 * it takes an admin or the team's manager. Bad customers are left out of care reminders and the pool
 * return, and carry a warning wherever they are shown.
 */
export async function flagBadCustomer(
  ctx: Ctx,
  draft: Draft,
  command: Extract<CrmCommand, { intent: 'flag_bad_customer' }>,
): Promise<Reply> {
  const { actor } = ctx;
  const zh = actor.locale !== 'en';
  if (command.action === 'flag' && !command.note) {
    throw new BotError(
      'invalid_input',
      t(actor.locale, 'flagBadCustomer.sayWhyEG', { customer: command.customer }),
    );
  }
  const resolution = await resolveExistingCustomer(ctx, draft);
  if (resolution.kind === 'asked') return resolution.reply;
  const customer = resolution.customer;
  const row = await ctx.db.customer.findUniqueOrThrow({
    where: { id: customer.id },
    select: { status: true, badReason: true },
  });
  const now = ctx.now();
  if (command.action === 'flag') {
    if (!canWorkOnCustomer(actor, customer))
      throw new BotError('forbidden', t(actor.locale, 'flagBadCustomer.youCannotFlagThis'));
    if (row.status === 'bad') {
      const note = decodeBadReason(row.badReason)?.note;
      throw new BotError(
        'conflict',
        zh
          ? `「${customer.name}」已是不良客户${note ? `（${note}）` : ''}。`
          : `${customer.name} is already flagged bad${note ? ` (${note})` : ''}.`,
      );
    }
    const badReason = encodeBadReason(classifyBadNote(command.note!), command.note);
    await update(
      ctx,
      draft,
      customer.id,
      { status: 'bad', badReason, flaggedAt: now },
      'customer.flagged_bad',
    );
  } else {
    if (!canUnflagCustomer(actor, customer))
      throw new BotError('forbidden', t(actor.locale, 'flagBadCustomer.onlyAnAdminOr'));
    if (row.status !== 'bad')
      throw new BotError(
        'conflict',
        t(actor.locale, 'flagBadCustomer.nameIsNotFlagged', { name: customer.name }),
      );
    await update(
      ctx,
      draft,
      customer.id,
      { status: 'active', badReason: null, flaggedAt: null },
      'customer.unflagged',
    );
  }
  ctx.log.info({ customerId: customer.id, action: command.action }, 'bad-customer flag changed');
  return showCustomer(ctx, customer.id);
}

async function update(
  ctx: Ctx,
  draft: Draft,
  customerId: number,
  data: { status: string; badReason: string | null; flaggedAt: Date | null },
  action: 'customer.flagged_bad' | 'customer.unflagged',
): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    await tx.customer.update({ where: { id: customerId }, data });
    await recordAudit(tx, [
      {
        actorId: ctx.actor.id,
        action,
        entity: 'customer',
        entityId: customerId,
        data: { badReason: data.badReason },
        source: draft.source,
        confirmedBy: draft.confirmedBy ?? null,
        at: ctx.now(),
      },
    ]);
  });
}
