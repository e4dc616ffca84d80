import { chooseCustomerCard } from '../../../cards/choose-customer.ts';
import { createCustomer, matchCustomer } from '../../db/customers.ts';
import { savePending } from '../../db/pending.ts';
import { normalizeName } from '../../domain/customers/normalize-name.ts';
import { BotError } from '../../errors.ts';
import { type Ctx, reply } from '../context.ts';
import type { Draft } from '../draft.ts';
import type { Reply } from '../types.ts';
import { findCustomer, showCustomer } from './find-customer.ts';

const maxNameLength = 100;

/**
 * Adds a customer owned by the person who asked. An existing customer of the same name is shown
 * instead; similar names are offered first so that duplicates are not created by accident.
 */
export async function addCustomer(ctx: Ctx, draft: Draft): Promise<Reply> {
  const { actor } = ctx;
  const zh = actor.locale === 'zh';
  const name = draft.parse.customer?.trim() ?? '';
  if ([...normalizeName(name)].length < 2 || name.length > maxNameLength) {
    throw new BotError(
      'invalid_input',
      zh
        ? `请告诉我客户全名（2 到 ${maxNameLength} 个字），例如：新增客户 深圳市大疆创新科技有限公司`
        : `Tell me the customer's full name (2 to ${maxNameLength} characters), e.g. "add customer Initech Inc."`,
    );
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
        zh
          ? `已有客户「${exact[0]!.name}」，不再重复新建。发「查一下 ${exact[0]!.name}」查看。`
          : `${exact[0]!.name} already exists, so I did not add it again. Send "find ${exact[0]!.name}" to see it.`,
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
  const provenance = {
    actorId: actor.id,
    source: draft.source,
    parser: 'rules',
    confirmedBy: draft.confirmedBy ?? null,
  };
  const customer = await ctx.db.$transaction((tx) =>
    createCustomer(tx, { name, ownerId: actor.id }, provenance),
  );
  ctx.log.info({ customerId: customer.id }, 'customer added');
  return showCustomer(ctx, customer.id, 'created');
}
