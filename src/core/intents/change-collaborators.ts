import { noticeCard } from '../../../cards/notice.ts';
import { addCollaborator, removeCollaborator } from '../../db/collaborators.ts';
import { recordPush } from '../../db/pushes.ts';
import { canChangeCollaborators } from '../../domain/permissions.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
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
  const split = await splitCustomerAndPerson(ctx, command.text);
  if (!split) {
    throw new BotError('invalid_input', t(actor.locale, 'changeCollaborators.nameTheCustomerAnd'));
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
      t(actor.locale, 'changeCollaborators.onlyTheOwnerOf', { name: customer.name }),
    );
  }
  if (command.action === 'add' && customer.ownerId === person.id)
    throw new BotError(
      'conflict',
      t(actor.locale, 'changeCollaborators.nameAlreadyOwnsName', { name: person.name, name2: customer.name }),
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
              title: t(person.locale, 'changeCollaborators.nameAddedYouAs', {
                name: actor.name,
                name2: customer.name,
              }),
              text: t(person.locale, 'changeCollaborators.youCanNowSee', { name: customer.name }),
            }),
          ],
        },
        now,
      );
    }
    return added;
  });
  const names = { name: person.name, name2: customer.name };
  if (!changed) {
    throw new BotError(
      'conflict',
      command.action === 'add'
        ? t(actor.locale, 'changeCollaborators.nameAlreadyCollaboratesOn', names)
        : t(actor.locale, 'changeCollaborators.nameDoesNotCollaborate', names),
    );
  }
  return reply([
    noticeCard({
      tone: 'success',
      title:
        command.action === 'add'
          ? t(actor.locale, 'changeCollaborators.nameNowCollaboratesOn', names)
          : t(actor.locale, 'changeCollaborators.nameNoLongerCollaborates', names),
    }),
  ]);
}
