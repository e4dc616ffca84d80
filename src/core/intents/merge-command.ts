import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import type { Ctx } from '../context.ts';
import { normalizeText } from '../parse/normalize-text.ts';
import { readMergeCommand } from '../parse/read-merge-command.ts';
import type { Reply } from '../types.ts';
import { findDuplicates } from './find-duplicates.ts';
import { mergeCustomers } from './merge-customers.ts';
import { undoMerge } from './merge-undo.ts';

/** 查重, 合并客户 12 到 34, 撤销合并 56 (and their English forms) typed as messages. */
export async function runMergeCommand(ctx: Ctx, text: string): Promise<Reply> {
  const body = normalizeText(text).match.replace(/^(?:\s*@\S+)*\s*/, '');
  const command = readMergeCommand(body);
  switch (command?.intent) {
    case 'find_duplicates':
      return findDuplicates(ctx);
    case 'merge_customers':
      return mergeCustomers(ctx, { keepId: command.keepId, removeId: command.removeId });
    case 'undo_merge':
      return undoMerge(ctx, command.auditId, { replaceOriginal: false });
    case undefined:
      throw new BotError('invalid_input', t(ctx.actor.locale, 'mergeCommand.writeFindDuplicatesMerge'));
  }
}
