import { helpCard } from '../../cards/help.ts';
import { noticeCard } from '../../cards/notice.ts';
import { BotError } from '../errors.ts';
import { t } from '../i18n/t.ts';
import { recordSatisfaction } from './complaints/record-satisfaction.ts';
import { type Ctx, reply } from './context.ts';
import type { Draft } from './draft.ts';
import { addCustomer } from './intents/add-customer.ts';
import { runAdminCommand } from './intents/admin/run-admin-command.ts';
import { changeFollowUp } from './intents/change-follow-up.ts';
import { showDailyReport } from './intents/daily-report.ts';
import { fileComplaint } from './intents/file-complaint.ts';
import { findCustomer } from './intents/find-customer.ts';
import { listFollowUps } from './intents/list-follow-ups.ts';
import { logVisit } from './intents/log-visit.ts';
import { runMergeCommand } from './intents/merge-command.ts';
import { runCrmCommand } from './intents/run-crm-command.ts';
import { smallTalkReply } from './parse/small-talk-reply.ts';
import type { Reply } from './types.ts';

/**
 * The one table from what a message asks to the use case that does it. Messages, answers to the bot's
 * questions and the readings chosen on a clarifying card all arrive here as a draft.
 */
export function runCommand(ctx: Ctx, draft: Draft): Promise<Reply> {
  const { parse } = draft;
  switch (draft.intent) {
    case 'log_visit':
      return logVisit(ctx, draft);
    case 'add_customer':
      return addCustomer(ctx, draft);
    case 'find_customer':
      return findCustomer(ctx, draft);
    case 'file_complaint':
      return fileComplaint(ctx, draft);
    case 'list_followups':
      return listFollowUps(ctx, parse.range ?? 'all');
    case 'complete_followup':
      return changeFollowUp(ctx, parse.followUpRef, { kind: 'done' }, { replaceOriginal: false });
    case 'reschedule_followup':
      if (!parse.followUpAt) {
        throw new BotError('invalid_input', t(ctx.actor.locale, 'runCommand.moveItToWhen'));
      }
      return changeFollowUp(
        ctx,
        parse.followUpRef,
        { kind: 'move', at: new Date(parse.followUpAt), hasTime: parse.followUpHasTime },
        { replaceOriginal: false },
      );
    case 'daily_report':
      return showDailyReport(ctx, draft.text);
    case 'record_sale':
    case 'record_arrears':
    case 'record_payment':
    case 'hand_over':
    case 'assign_customer':
    case 'change_collaborators':
    case 'browse_pool':
    case 'claim_customer':
    case 'flag_bad_customer':
    case 'cleansing_report':
    case 'assignment_rules':
    case 'add_contact':
    case 'import_map':
      return runCrmCommand(ctx, draft);
    case 'admin_command':
      return runAdminCommand(ctx, draft.text);
    case 'record_satisfaction':
      return recordSatisfaction(ctx, draft.text);
    case 'find_duplicates':
    case 'merge_customers':
    case 'undo_merge':
      return runMergeCommand(ctx, draft.text);
    case 'help':
      return Promise.resolve(reply([helpCard({ locale: ctx.actor.locale })]));
    case 'small_talk':
      return Promise.resolve(
        reply([noticeCard({ tone: 'info', title: smallTalkReply(draft.text, parse.language) })]),
      );
    case 'unknown':
      return Promise.resolve(
        reply([
          helpCard({
            locale: ctx.actor.locale,
            ...(draft.text === '' ? {} : { reason: 'not_understood' as const }),
          }),
        ]),
      );
  }
}
