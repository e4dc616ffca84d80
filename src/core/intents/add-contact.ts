import { noticeCard } from '../../../cards/notice.ts';
import { recordAudit } from '../../db/audit.ts';
import { readPhoneRegion } from '../../db/phone-region.ts';
import { isValidEmail } from '../../domain/cleansing/is-valid-email.ts';
import { contactMatchKeys } from '../../domain/customers/contact-match-keys.ts';
import { formatPhone } from '../../domain/import/format-phone.ts';
import { type PhoneProblem, readPhone, toStoredPhone } from '../../domain/import/normalize-phone.ts';
import { describePhoneRegion, type PhoneRegion } from '../../domain/import/phone-regions.ts';
import { canWorkOnCustomer } from '../../domain/permissions.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { type Ctx, reply } from '../context.ts';
import type { Draft } from '../draft.ts';
import type { CrmCommand } from '../parse/crm-command.ts';
import { resolveExistingCustomer } from '../resolve-existing-customer.ts';
import type { Reply } from '../types.ts';

/**
 * 添加联系人: adds a contact person to a customer, or corrects the phone, email or title of the one with
 * that name (the fix the data-cleansing report suggests). The phone is read in the workspace's phone
 * region and stored in E.164; a phone or email that is not one is refused, saying what is wrong.
 */
export async function addContact(
  ctx: Ctx,
  draft: Draft,
  command: Extract<CrmCommand, { intent: 'add_contact' }>,
): Promise<Reply> {
  const { actor } = ctx;
  const zh = actor.locale !== 'en';
  const region = await readPhoneRegion(ctx.db);
  const reading = command.phone ? readPhone(command.phone, region) : null;
  if (reading?.kind === 'invalid')
    throw new BotError('invalid_input', explainPhoneProblem(command.phone!, reading.problem, region, zh));
  if (command.email && !isValidEmail(command.email))
    throw new BotError(
      'invalid_input',
      t(actor.locale, 'addContact.theEmailEmailIs', { email: command.email }),
    );
  const resolution = await resolveExistingCustomer(ctx, draft);
  if (resolution.kind === 'asked') return resolution.reply;
  const customer = resolution.customer;
  if (!canWorkOnCustomer(actor, customer))
    throw new BotError(
      'forbidden',
      t(actor.locale, 'addContact.youCannotChangeThe', { name: customer.name }),
    );
  const given = {
    ...(command.title ? { title: command.title } : {}),
    ...(command.phone ? { phone: toStoredPhone(command.phone, region)! } : {}),
    ...(command.email ? { email: command.email.trim() } : {}),
  };
  // The matching keys change with the phone or email they are made from, so duplicates stay findable.
  const keys = contactMatchKeys({ phone: given.phone ?? null, email: given.email ?? null }, region);
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
  const details = [command.title, given.phone && formatPhone(given.phone, region), command.email]
    .filter(Boolean)
    .join(' · ');
  return reply([
    noticeCard({
      tone: 'success',
      title: updated
        ? t(actor.locale, 'addContact.contactUpdatedNameName', { name: command.name, name2: customer.name })
        : t(actor.locale, 'addContact.contactAddedNameName', { name: command.name, name2: customer.name }),
      ...(details ? { text: details } : {}),
    }),
  ]);
}

// Names the region the number was read in, since "(415) 555-0101" is fine in the US and not in China.
function explainPhoneProblem(phone: string, problem: PhoneProblem, region: PhoneRegion, zh: boolean): string {
  const where = describePhoneRegion(region, zh ? 'zh-Hans' : 'en');
  const why = {
    not_a_number: zh ? '不是电话号码' : 'is not a phone number',
    too_short: zh ? '位数不够' : 'has too few digits',
    too_long: zh ? '位数太多' : 'has too many digits',
    not_in_region: zh ? `不是${where}的有效号码` : `is not a valid number in ${where}`,
  }[problem];
  return zh
    ? `电话「${phone}」${why}。没有国家代码的号码按本工作区的地区 ${where} 读取；其他地区的号码请以 + 和国家代码开头。`
    : `The phone "${phone}" ${why}. Numbers without a country code are read as ${where}, this workspace's phone region; write others with + and the country code.`;
}
