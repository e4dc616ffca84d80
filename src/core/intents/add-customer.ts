import { chooseCustomerCard } from '../../../cards/choose-customer.ts';
import { customersReceivedCard } from '../../../cards/customers-received.ts';
import { noticeCard } from '../../../cards/notice.ts';
import { pickOwnerByRules } from '../../db/assignment-rules.ts';
import { createCustomer, matchCustomer } from '../../db/customers.ts';
import { savePending } from '../../db/pending.ts';
import { toActor } from '../../db/people.ts';
import { recordPush } from '../../db/pushes.ts';
import { normalizeName } from '../../domain/customers/normalize-name.ts';
import { parseCompanyName } from '../../domain/customers/parse-company-name.ts';
import { canSeeCustomer } from '../../domain/permissions.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { type Ctx, reply } from '../context.ts';
import { type Draft, provenanceOf } from '../draft.ts';
import type { Reply } from '../types.ts';
import { findCustomer, showCustomer } from './find-customer.ts';

const maxNameLength = 100;

/**
 * Adds a customer, owned by whom the assignment rules say (the region read from the registered name,
 * 深圳市… → 深圳, is what a chat message can tell them), else by the person who asked. An existing
 * customer of the same name is shown instead; similar names are offered first so that duplicates are
 * not created by accident.
 */
export async function addCustomer(ctx: Ctx, draft: Draft): Promise<Reply> {
  const { actor } = ctx;
  const name = draft.parse.customer?.trim() ?? '';
  if ([...normalizeName(name)].length < 2 || name.length > maxNameLength) {
    throw new BotError('invalid_input', t(actor.locale, 'addCustomer.tellMeTheCustomers', { maxNameLength }));
  }
  // The person chose one of the similar customers we offered: show it (if they may see it).
  if (draft.customerId !== undefined) return findCustomer(ctx, draft);
  if (!draft.createCustomer) {
    const { match } = await matchCustomer(ctx.db, name);
    const exact =
      match.kind === 'found' && (match.matchedBy === 'name' || match.matchedBy === 'alias')
        ? [match.customer]
        : match.kind === 'ambiguous' && match.reason === 'same_name'
          ? match.candidates
          : [];
    if (exact.length > 0) {
      throw new BotError(
        'conflict',
        t(actor.locale, 'addCustomer.nameAlreadyExistsSo', { name: exact[0]!.name }),
      );
    }
    const similar =
      match.kind === 'found' ? [match.customer] : match.kind === 'ambiguous' ? match.candidates : [];
    if (similar.length > 0) {
      const pendingId = await savePending(ctx.db, actor.id, draft, ctx.now());
      const card = chooseCustomerCard({
        locale: actor.locale,
        pendingId,
        mention: name,
        reason: 'uncertain',
        candidates: similar.map((candidate) => ({ id: candidate.id, name: candidate.name, owner: null })),
      });
      return reply([card]);
    }
  }
  const provenance = provenanceOf(actor.id, draft);
  const region = parseCompanyName(name).regions[0] ?? null;
  const customer = await ctx.db.$transaction(async (tx) => {
    const ruleOwnerId = await pickOwnerByRules(tx, { region, industry: null, size: null, grade: null });
    const ownerId = ruleOwnerId ?? actor.id;
    const created = await createCustomer(tx, { name, ownerId }, provenance);
    if (region) await tx.customer.update({ where: { id: created.id }, data: { region } });
    if (ownerId !== actor.id) {
      const owner = toActor(await tx.person.findUniqueOrThrow({ where: { id: ownerId } }));
      await recordPush(
        tx,
        {
          key: `customers_received:${draft.source}:${ownerId}`,
          personId: ownerId,
          kind: 'customers_received',
          cards: [
            customersReceivedCard({
              locale: owner.locale,
              timeZone: ctx.timeZone,
              from: null,
              by: actor.name,
              customers: [{ name: created.name }],
              followUps: [],
              complaints: [],
            }),
          ],
        },
        ctx.now(),
      );
      return { ...created, ownerName: owner.name };
    }
    return { ...created, ownerName: actor.name };
  });
  ctx.log.info({ customerId: customer.id, ownerId: customer.ownerId }, 'customer added');
  // The rules may give it to a colleague the person cannot see customers of: tell them who has it.
  if (!canSeeCustomer(actor, customer)) {
    return reply([
      noticeCard({
        tone: 'success',
        title: t(actor.locale, 'addCustomer.customerAddedName', { name: customer.name }),
        text: t(actor.locale, 'addCustomer.byTheAssignmentRules', { ownerName: customer.ownerName }),
      }),
    ]);
  }
  return showCustomer(ctx, customer.id, 'created');
}
