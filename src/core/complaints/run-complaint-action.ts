import type { ActionId } from '../../../cards/card.ts';
import { isSatisfaction } from '../../domain/complaints/satisfaction.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import type { Ctx } from '../context.ts';
import type { ActionEvent, Reply } from '../types.ts';
import { acceptComplaint } from './accept-complaint.ts';
import { escalateComplaint } from './escalate-complaint.ts';
import { rateComplaint } from './rate-complaint.ts';
import { reassignComplaint } from './reassign-complaint.ts';
import { resolveComplaint } from './resolve-complaint.ts';

/** The buttons on one complaint (the list of a person's complaints is not one). */
export type ComplaintActionId = Exclude<Extract<ActionId, `complaint.${string}`>, 'complaint.list_mine'>;

/** A button on a complaint card; the answer replaces the card with the complaint's new state. */
export function runComplaintAction(
  ctx: Ctx,
  action: ComplaintActionId,
  complaintId: number,
  event: ActionEvent,
): Promise<Reply> {
  switch (action) {
    case 'complaint.accept':
      return acceptComplaint(ctx, complaintId);
    case 'complaint.resolve':
      return resolveComplaint(ctx, complaintId, event.values.resolution);
    case 'complaint.reassign':
      return reassignComplaint(ctx, complaintId, event.values.person);
    case 'complaint.escalate':
      return escalateComplaint(ctx, complaintId);
    case 'complaint.rate': {
      const level = event.payload.satisfaction;
      if (!isSatisfaction(level))
        throw new BotError('invalid_input', t(ctx.actor.locale, 'runComplaintAction.thisButtonIsMissing'));
      return rateComplaint(ctx, complaintId, level, event.values.comment, { replaceOriginal: true });
    }
  }
}
