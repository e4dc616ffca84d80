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
  const zh = actor.locale !== 'en';
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
        title: zh ? `已新增客户：${customer.name}` : `Customer added: ${customer.name}`,
        text: zh
          ? `按分配规则由 ${customer.ownerName} 负责，已通知对方。`
          : `By the assignment rules it belongs to ${customer.ownerName}, who has been told.`,
      }),
    ]);
  }
  return showCustomer(ctx, customer.id, 'created');
}
