import { noticeCard } from '../../../cards/notice.ts';
import { recordAudit } from '../../db/audit.ts';
import { readPhoneRegion } from '../../db/phone-region.ts';
import { isValidEmail } from '../../domain/cleansing/is-valid-email.ts';
import { isValidPhone } from '../../domain/cleansing/is-valid-phone.ts';
import { contactMatchKeys } from '../../domain/customers/contact-match-keys.ts';
import { canWorkOnCustomer } from '../../domain/permissions.ts';
import { BotError } from '../../errors.ts';
import { type Ctx, reply } from '../context.ts';
import type { Draft } from '../draft.ts';
import type { CrmCommand } from '../parse/crm-command.ts';
import { resolveExistingCustomer } from '../resolve-existing-customer.ts';
import type { Reply } from '../types.ts';

/**
 * 添加联系人: adds a contact person to a customer, or corrects the phone, email or title of the one with
 * that name (the fix the data-cleansing report suggests). A malformed phone or email is refused.
 */
export async function addContact(
  ctx: Ctx,
  draft: Draft,
  command: Extract<CrmCommand, { intent: 'add_contact' }>,
): Promise<Reply> {
  const { actor } = ctx;
  const zh = actor.locale === 'zh';
  if (command.phone && !isValidPhone(command.phone))
    throw new BotError(
      'invalid_input',
      zh
        ? `电话「${command.phone}」格式不对：手机写 11 位，座机带区号，国外号码以 + 开头。`
        : `The phone "${command.phone}" is malformed: include the area code, or + and the country code.`,
    );
  if (command.email && !isValidEmail(command.email))
    throw new BotError(
      'invalid_input',
      zh ? `邮箱「${command.email}」格式不对。` : `The email "${command.email}" is malformed.`,
    );
  const resolution = await resolveExistingCustomer(ctx, draft);
  if (resolution.kind === 'asked') return resolution.reply;
  const customer = resolution.customer;
  if (!canWorkOnCustomer(actor, customer))
    throw new BotError(
      'forbidden',
      zh ? `你不能修改「${customer.name}」的联系人。` : `You cannot change the contacts of ${customer.name}.`,
    );
  const given = {
    ...(command.title ? { title: command.title } : {}),
    ...(command.phone ? { phone: command.phone.trim() } : {}),
    ...(command.email ? { email: command.email.trim() } : {}),
  };
  // The matching keys change with the phone or email they are made from, so duplicates stay findable.
  const keys = contactMatchKeys(
    { phone: given.phone ?? null, email: given.email ?? null },
    await readPhoneRegion(ctx.db),
  );
  const data = {
    ...given,
    ...(given.phone ? { normalizedPhone: keys.normalizedPhone } : {}),
    ...(given.email ? { normalizedEmail: keys.normalizedEmail } : {}),
  };
  const provenance = {
    actorId: actor.id,
    source: draft.source,
    confirmedBy: draft.confirmedBy ?? null,
    at: ctx.now(),
  };
  const updated = await ctx.db.$transaction(async (tx) => {
    const existing = await tx.contact.findFirst({ where: { customerId: customer.id, name: command.name } });
    const row = existing
      ? await tx.contact.update({ where: { id: existing.id }, data })
      : await tx.contact.create({ data: { customerId: customer.id, name: command.name, ...data } });
    await recordAudit(tx, [
      {
        ...provenance,
        action: existing ? 'contact.updated' : 'contact.created',
        entity: 'contact',
        entityId: row.id,
        data: { customerId: customer.id, name: command.name, ...given },
      },
    ]);
    return existing !== null;
  });
  const details = [command.title, command.phone, command.email].filter(Boolean).join(' · ');
  return reply([
    noticeCard({
      tone: 'success',
      title: updated
        ? zh
          ? `已更新联系人：${command.name}（${customer.name}）`
          : `Contact updated: ${command.name} (${customer.name})`
        : zh
          ? `已添加联系人：${command.name}（${customer.name}）`
          : `Contact added: ${command.name} (${customer.name})`,
      ...(details ? { text: details } : {}),
    }),
  ]);
}
