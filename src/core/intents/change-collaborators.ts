import { noticeCard } from '../../../cards/notice.ts';
import { addCollaborator, removeCollaborator } from '../../db/collaborators.ts';
import { recordPush } from '../../db/pushes.ts';
import { canChangeCollaborators } from '../../domain/permissions.ts';
import { BotError } from '../../errors.ts';
import { type Ctx, reply } from '../context.ts';
import type { Draft } from '../draft.ts';
import type { CrmCommand } from '../parse/crm-command.ts';
import { resolveExistingCustomer } from '../resolve-existing-customer.ts';
import { resolvePersonOrAsk, splitCustomerAndPerson } from '../resolve-person.ts';
import type { Reply } from '../types.ts';

/**
 * 协作人: the owner or an admin adds a colleague who works on the customer too, and so sees it; or
 * removes one. The colleague hears that they were added.
 */
export async function changeCollaborators(
  ctx: Ctx,
  draft: Draft,
  command: Extract<CrmCommand, { intent: 'change_collaborators' }>,
): Promise<Reply> {
  const { actor } = ctx;
  const zh = actor.locale !== 'en';
  const split = await splitCustomerAndPerson(ctx, command.text);
  if (!split) {
    throw new BotError(
      'invalid_input',
      zh
        ? '请写客户和同事全名，例如「添加协作人 华为 李娜」。'
        : 'Name the customer and the colleague, e.g. "add collaborator Acme Tom Chen".',
    );
  }
  const named = await resolvePersonOrAsk(ctx, draft, split.personName);
  if (named.kind === 'asked') return named.reply;
  const { person } = named;
  const resolution = await resolveExistingCustomer(ctx, {
    ...draft,
    parse: { ...draft.parse, customer: split.customer },
  });
  if (resolution.kind === 'asked') return resolution.reply;
  const customer = resolution.customer;
  if (!canChangeCollaborators(actor, customer)) {
    throw new BotError(
      'forbidden',
      zh
        ? `只有「${customer.name}」的负责人或管理员可以设置协作人。`
        : `Only the owner of ${customer.name} or an admin can change its collaborators.`,
    );
  }
  if (command.action === 'add' && customer.ownerId === person.id)
    throw new BotError(
      'conflict',
      zh
        ? `${person.name} 就是「${customer.name}」的负责人。`
        : `${person.name} already owns ${customer.name}.`,
    );
  const now = ctx.now();
  const provenance = { actorId: actor.id, source: draft.source, at: now };
  const changed = await ctx.db.$transaction(async (tx) => {
    if (command.action === 'remove') return removeCollaborator(tx, customer.id, person.id, provenance);
    const added = await addCollaborator(tx, customer.id, person.id, provenance, now);
    if (added && person.id !== actor.id) {
      await recordPush(
        tx,
        {
          key: `collaborator_added:${customer.id}:${person.id}:${draft.source}`,
          personId: person.id,
          kind: 'collaborator_added',
          cards: [
            noticeCard({
              tone: 'info',
              title:
                person.locale !== 'en'
                  ? `${actor.name} 把你加为「${customer.name}」的协作人`
                  : `${actor.name} added you as a collaborator on ${customer.name}`,
              text:
                person.locale !== 'en'
                  ? `现在你可以查看这个客户、记录拜访和成交。发「查一下 ${customer.name}」看资料。`
                  : `You can now see it and log visits and sales. Send "find ${customer.name}" to see it.`,
            }),
          ],
        },
        now,
      );
    }
    return added;
  });
  if (!changed) {
    throw new BotError(
      'conflict',
      command.action === 'add'
        ? zh
          ? `${person.name} 已经是「${customer.name}」的协作人。`
          : `${person.name} already collaborates on ${customer.name}.`
        : zh
          ? `${person.name} 不是「${customer.name}」的协作人。`
          : `${person.name} does not collaborate on ${customer.name}.`,
    );
  }
  return reply([
    noticeCard({
      tone: 'success',
      title:
        command.action === 'add'
          ? zh
            ? `已添加协作人：${person.name}（${customer.name}）`
            : `${person.name} now collaborates on ${customer.name}`
          : zh
            ? `已移除协作人：${person.name}（${customer.name}）`
            : `${person.name} no longer collaborates on ${customer.name}`,
    }),
  ]);
}
