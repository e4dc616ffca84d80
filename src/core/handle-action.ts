import { isActionId } from '../../cards/card.ts';
import { helpCard } from '../../cards/help.ts';
import { noticeCard } from '../../cards/notice.ts';
import { claimPending, releasePending } from '../db/pending.ts';
import { snoozeUntil } from '../domain/follow-ups.ts';
import { BotError } from '../errors.ts';
import { t } from '../i18n/t.ts';
import { decideAccess } from './actions/decide-access.ts';
import { editVisit } from './actions/edit-visit.ts';
import { undoVisit } from './actions/undo-visit.ts';
import { handleAlert } from './alerts/handle-alert.ts';
import { listMyComplaints } from './complaints/list-my-complaints.ts';
import { runComplaintAction } from './complaints/run-complaint-action.ts';
import { type Ctx, reply } from './context.ts';
import { type Draft, draftSchema } from './draft.ts';
import { customerFields } from './handle-message.ts';
import { showHome } from './home/show-home.ts';
import { changeFollowUp } from './intents/change-follow-up.ts';
import { claimById } from './intents/claim-customer.ts';
import { cancelImport, confirmImport } from './intents/confirm-import.ts';
import { listFollowUps } from './intents/list-follow-ups.ts';
import { mergeCustomers } from './intents/merge-customers.ts';
import { undoMerge } from './intents/merge-undo.ts';
import { visitFromText } from './intents/visit-from-text.ts';
import { confirmMinutes } from './minutes/confirm-minutes.ts';
import { editMinutes } from './minutes/edit-minutes.ts';
import { showMinutes } from './minutes/show-minutes.ts';
import { readDateInput } from './read-date-input.ts';
import { runCommand } from './run-command.ts';
import type { ActionEvent, Reply } from './types.ts';
import { applyModelReading } from './understand/read-with-model.ts';
import { understandMessage } from './understand/understand-message.ts';

/** Runs a card button or form: the same path for Slack, Feishu and the console. */
export async function handleAction(ctx: Ctx, event: ActionEvent): Promise<Reply> {
  const id = (name: string): number => {
    const value = Number(event.payload[name]);
    if (!Number.isInteger(value) || value <= 0) {
      throw new BotError('invalid_input', t(ctx.actor.locale, 'handleAction.thisButtonIsMissing'));
    }
    return value;
  };
  if (!isActionId(event.action)) {
    throw new BotError('invalid_input', t(ctx.actor.locale, 'handleAction.iDoNotKnow'));
  }
  switch (event.action) {
    case 'visit.undo':
      return undoVisit(ctx, id('visitId'));
    case 'visit.edit':
      return editVisit(ctx, id('visitId'), event.values);
    case 'follow_up.done':
      return changeFollowUp(ctx, id('followUpId'), { kind: 'done' }, { replaceOriginal: false });
    case 'follow_up.snooze':
      return changeFollowUp(
        ctx,
        id('followUpId'),
        { kind: 'move', ...snoozeUntil(ctx.now(), ctx.timeZone) },
        { replaceOriginal: false },
      );
    case 'follow_up.move': {
      const date = readDateInput(event.values.date ?? '', ctx.now(), ctx.timeZone);
      if (!date) throw unreadableDate(ctx, event.values.date);
      return changeFollowUp(ctx, id('followUpId'), { kind: 'move', ...date }, { replaceOriginal: false });
    }
    case 'pool.claim':
      return claimById(ctx, id('customerId'));
    case 'complaint.accept':
    case 'complaint.resolve':
    case 'complaint.reassign':
    case 'complaint.escalate':
    case 'complaint.rate':
      return runComplaintAction(ctx, event.action, id('complaintId'), event);
    case 'customer.merge':
      return mergeCustomers(ctx, { keepId: id('keepId'), removeId: id('removeId') });
    case 'customer.undo_merge':
      return undoMerge(ctx, id('auditId'), { replaceOriginal: true });
    case 'minutes.confirm':
      return confirmMinutes(ctx, id('minutesId'));
    case 'minutes.edit':
      return editMinutes(ctx, id('minutesId'), event.values);
    case 'minutes.show':
      return showMinutes(ctx, id('minutesId'));
    case 'alert.acknowledge':
      return handleAlert(ctx, id('alertId'), { kind: 'acknowledge' });
    case 'alert.forward':
      return handleAlert(ctx, id('alertId'), { kind: 'forward', to: event.values.to ?? '' });
    case 'import.confirm':
      return confirmImport(ctx, id('pendingImportId'));
    case 'import.cancel':
      return cancelImport(ctx, id('pendingImportId'));
    case 'home.show':
      return showHome(ctx);
    case 'follow_up.list':
      return listFollowUps(ctx, 'all');
    case 'complaint.list_mine':
      return listMyComplaints(ctx);
    case 'help.show':
      return reply([helpCard({ locale: ctx.actor.locale })]);
    case 'visit.log':
      return visitFromText(ctx, event.values.text ?? '', 'log');
    case 'visit.draft':
      return visitFromText(ctx, event.values.text ?? '', 'draft');
    case 'access.approve':
    case 'access.decline':
      return decideAccess(
        ctx,
        id('personId'),
        event.action === 'access.decline' ? 'declined' : event.payload.role,
      );
    default:
      return answerPending(ctx, id('pendingId'), event);
  }
}

/** An answer to a question the bot asked: fill in the draft and run its use case again. */
async function answerPending(ctx: Ctx, pendingId: number, event: ActionEvent): Promise<Reply> {
  const claim = await claimPending(ctx.db, pendingId, ctx.actor.id, ctx.now());
  if (claim.kind !== 'claimed') {
    const message = {
      missing: t(ctx.actor.locale, 'handleAction.thatQuestionNoLonger'),
      not_yours: t(ctx.actor.locale, 'handleAction.thisQuestionWasAsked'),
      expired: t(ctx.actor.locale, 'handleAction.thisQuestionHasExpired'),
      answered: t(ctx.actor.locale, 'handleAction.thisQuestionWasAlready'),
    }[claim.kind];
    throw new BotError(claim.kind === 'not_yours' ? 'forbidden' : 'conflict', message);
  }
  const draft = { ...draftSchema.parse(claim.payload), confirmedBy: ctx.actor.id };
  try {
    const answered =
      event.action === 'pending.choose_reading'
        ? await chooseReading(ctx, draft, event)
        : applyAnswer(ctx, draft, event);
    if (!answered) {
      return reply(
        [
          noticeCard({
            tone: 'info',
            title: t(ctx.actor.locale, 'handleAction.cancelledNothingWasSaved'),
          }),
        ],
        {
          replaceOriginal: true,
        },
      );
    }
    const result = await runCommand(ctx, answered);
    return { ...result, replaceOriginal: true };
  } catch (error) {
    // The answer could not be applied (a bad date, say): let the person answer the same question again.
    await releasePending(ctx.db, pendingId);
    throw error;
  }
}

function applyAnswer(ctx: Ctx, draft: Draft, event: ActionEvent): Draft | null {
  switch (event.action) {
    case 'pending.choose_customer': {
      const customerId = Number(event.payload.customerId);
      if (!Number.isInteger(customerId) || customerId <= 0) throw missingData(ctx);
      return { ...draft, customerId };
    }
    case 'pending.create_customer':
      return { ...draft, createCustomer: true };
    case 'pending.choose_person': {
      const personId = Number(event.payload.personId);
      if (!Number.isInteger(personId) || personId <= 0) {
        throw new BotError('invalid_input', t(ctx.actor.locale, 'handleAction.thisButtonIsMissing'));
      }
      return { ...draft, personId };
    }
    case 'pending.set_date': {
      const date = readDateInput(event.values.date ?? '', ctx.now(), ctx.timeZone);
      if (!date) throw unreadableDate(ctx, event.values.date);
      return {
        ...draft,
        followUpAt: date.at.toISOString(),
        parse: { ...draft.parse, followUpHasTime: date.hasTime },
      };
    }
    case 'pending.skip_follow_up':
      return { ...draft, followUpAt: null };
    default:
      return null;
  }
}

/**
 * The reading chosen on a clarifying question: the message is read again as that, from when it was sent.
 * The model's reading adds what its card showed (its customer, contact, date) and runs like any other,
 * through the use case's own permission checks and questions.
 */
async function chooseReading(ctx: Ctx, draft: Draft, event: ActionEvent): Promise<Draft> {
  const model = event.payload.reading === 'model' ? draft.modelReading : undefined;
  const intent = model ? model.intent : draft.readings?.[Number(event.payload.reading)];
  if (!intent || !draft.sentAt) throw missingData(ctx);
  const { parse, customer } = await understandMessage(draft.text, {
    db: ctx.db,
    now: new Date(draft.sentAt),
    timeZone: ctx.timeZone,
    intent,
  });
  const read = model
    ? applyModelReading(parse, customerFields(customer), model)
    : { parse, ...customerFields(customer) };
  return {
    intent,
    text: draft.text,
    source: draft.source,
    ...read,
    ...(draft.confirmedBy !== undefined ? { confirmedBy: draft.confirmedBy } : {}),
  };
}

function missingData(ctx: Ctx): BotError {
  return new BotError('invalid_input', t(ctx.actor.locale, 'handleAction.thisButtonIsMissing'));
}

function unreadableDate(ctx: Ctx, value: string | undefined): BotError {
  return new BotError(
    'invalid_input',
    t(ctx.actor.locale, 'handleAction.iCannotReadThe', { value: value ?? '' }),
  );
}
