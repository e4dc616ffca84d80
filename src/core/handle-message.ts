import { helpCard } from '../../cards/help.ts';
import { noticeCard } from '../../cards/notice.ts';
import { rememberLocale } from '../db/people.ts';
import { BotError } from '../errors.ts';
import { recordSatisfaction } from './complaints/record-satisfaction.ts';
import { type Ctx, reply } from './context.ts';
import type { Draft, DraftIntent } from './draft.ts';
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
import { parseMessage } from './parse/parse-message.ts';
import { smallTalkReply } from './parse/small-talk-reply.ts';
import type { Reply } from './types.ts';

export const maxTextLength = 4000;

/** Understands a chat message and runs the use case it asks for. */
export async function handleMessage(ctx: Ctx, rawText: string): Promise<Reply> {
  const text = rawText.trim();
  if (text.length > maxTextLength) {
    const zh = /[\u3400-\u9fff]/.test(text) || ctx.actor.locale === 'zh';
    throw new BotError(
      'text_too_long',
      zh
        ? `消息太长了（${text.length} 字），请控制在 ${maxTextLength} 字以内，或分几条发送。`
        : `That message is too long (${text.length} characters). Keep it under ${maxTextLength}, or split it.`,
    );
  }
  const parse = parseMessage(text, { now: ctx.now(), timeZone: ctx.timeZone });
  // Answer in the language written in; text without words ("?", "   ") keeps the last one.
  const actor = /\p{L}/u.test(text)
    ? await rememberLocale(ctx.db, ctx.actor, parse.language === 'en' ? 'en' : 'zh')
    : ctx.actor;
  const c: Ctx = { ...ctx, actor };
  ctx.log.debug({ intent: parse.intent }, 'message parsed');
  const draft = (intent: DraftIntent): Draft => ({ intent, text, source: ctx.source, parse });

  switch (parse.intent) {
    case 'log_visit':
      return logVisit(c, draft('log_visit'));
    case 'add_customer':
      return addCustomer(c, draft('add_customer'));
    case 'find_customer':
      return findCustomer(c, draft('find_customer'));
    case 'file_complaint':
      return fileComplaint(c, draft('file_complaint'));
    case 'list_followups':
      return listFollowUps(c, parse.range ?? 'all');
    case 'complete_followup':
      return changeFollowUp(c, parse.followUpRef, { kind: 'done' }, { replaceOriginal: false });
    case 'reschedule_followup':
      if (!parse.followUpAt) {
        throw new BotError(
          'invalid_input',
          actor.locale === 'zh'
            ? '改到哪天？例如「#12 改到下周一」。'
            : 'Move it to when? For example "move #12 to next Monday".',
        );
      }
      return changeFollowUp(
        c,
        parse.followUpRef,
        { kind: 'move', at: new Date(parse.followUpAt), hasTime: parse.followUpHasTime },
        { replaceOriginal: false },
      );
    case 'daily_report':
      return showDailyReport(c, text);
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
      return runCrmCommand(c, { text, source: ctx.source, parse });
    case 'admin_command':
      return runAdminCommand(c, text);
    case 'record_satisfaction':
      return recordSatisfaction(c, text);
    case 'find_duplicates':
    case 'merge_customers':
    case 'undo_merge':
      return runMergeCommand(c, text);
    case 'help':
      return reply([helpCard({ locale: actor.locale })]);
    case 'small_talk':
      return reply([noticeCard({ tone: 'info', title: smallTalkReply(text, parse.language) })]);
    case 'unknown':
      return reply([
        helpCard({ locale: actor.locale, ...(text === '' ? {} : { reason: 'not_understood' as const }) }),
      ]);
  }
}
