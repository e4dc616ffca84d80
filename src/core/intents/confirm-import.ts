import { chatImportCard } from '../../../cards/chat-import.ts';
import { noticeCard } from '../../../cards/notice.ts';
import { formatWhen } from '../../../cards/text.ts';
import {
  findPendingImport,
  hashBytes,
  type PendingImportRow,
  resolvePendingImport,
} from '../../db/pending-imports.ts';
import type { ImportReport } from '../../domain/import/import-report.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { importCustomers } from '../../import/import-customers.ts';
import { requireAdmin } from '../../import/require-admin.ts';
import { type Ctx, reply } from '../context.ts';
import type { Reply } from '../types.ts';

/**
 * "Import N rows" on the dry-run card: the stored file is imported all-or-nothing, planned again
 * against the CRM as it is now, and the card becomes the committed report. Only the admin who sent
 * the file, only once, only within a day.
 */
export async function confirmImport(ctx: Ctx, pendingImportId: number): Promise<Reply> {
  const row = await takeable(ctx, pendingImportId);
  // Corrupt storage must not be imported as if it were the file the admin saw.
  if (hashBytes(row.bytes) !== row.sha256) throw new Error('stored import file does not match its hash');
  const now = ctx.now();
  const taken = new Error('pending import taken');
  let report: ImportReport;
  try {
    report = await importCustomers(
      ctx.db,
      ctx.actor,
      { fileName: row.fileName, bytes: row.bytes },
      {
        commit: true,
        now,
        timeZone: ctx.timeZone,
        source: ctx.source,
        // The claim commits with the import: a second press waits, finds it taken and rolls back.
        onCommit: async (tx, auditId) => {
          if (!(await resolvePendingImport(tx, row.id, { kind: 'imported', auditId }, now))) throw taken;
        },
      },
    );
  } catch (error) {
    if (error === taken) throw await alreadyDone(ctx, row.id);
    throw error;
  }
  ctx.log.info(
    { pendingImportId: row.id, auditId: report.auditId, customers: report.totals.customers },
    'import committed from chat',
  );
  const card = chatImportCard({
    locale: ctx.actor.locale,
    timeZone: ctx.timeZone,
    report,
    state: { kind: 'imported', done: { by: ctx.actor.name, at: now }, previewRows: row.rows },
  });
  return reply([card], { replaceOriginal: true, private: ctx.chat.kind === 'group' });
}

/** Cancel on the dry-run card: the stored file is dropped and nothing is written. */
export async function cancelImport(ctx: Ctx, pendingImportId: number): Promise<Reply> {
  const row = await takeable(ctx, pendingImportId);
  if (!(await resolvePendingImport(ctx.db, row.id, { kind: 'cancelled' }, ctx.now()))) {
    throw await alreadyDone(ctx, row.id);
  }
  ctx.log.info({ pendingImportId: row.id }, 'import cancelled from chat');
  return reply(
    [
      noticeCard({
        tone: 'info',
        title: t(ctx.actor.locale, 'confirmImport.importOfFilenameCancelled', { fileName: row.fileName }),
        text: t(ctx.actor.locale, 'confirmImport.nothingWasWrittenAnd'),
        footer: `${ctx.actor.name} · ${formatWhen(ctx.now(), ctx.actor.locale, ctx.timeZone)}`,
      }),
    ],
    { replaceOriginal: true },
  );
}

/** The upload, if this admin may still act on it; otherwise the specific reason why not. */
async function takeable(ctx: Ctx, id: number): Promise<PendingImportRow> {
  requireAdmin(ctx.actor, 'import');
  const row = await findPendingImport(ctx.db, id);
  if (!row) {
    throw new BotError('not_found', t(ctx.actor.locale, 'confirmImport.thatImportFileNo'));
  }
  if (row.personId !== ctx.actor.id) {
    throw new BotError('forbidden', t(ctx.actor.locale, 'confirmImport.onlyTheAdminWho'));
  }
  if (row.resolvedAt) throw await alreadyDone(ctx, id);
  if (row.expiresAt < ctx.now()) {
    throw new BotError(
      'expired',
      t(ctx.actor.locale, 'confirmImport.thePreviewOfFilename', { fileName: row.fileName }),
    );
  }
  return row;
}

/** Why an upload can no longer be imported: imported (by whom, when), cancelled or expired. */
async function alreadyDone(ctx: Ctx, id: number): Promise<BotError> {
  const row = await findPendingImport(ctx.db, id);
  const at = row?.resolvedAt ? formatWhen(row.resolvedAt, ctx.actor.locale, ctx.timeZone) : '';
  if (row?.outcome === 'imported') {
    return new BotError(
      'conflict',
      t(ctx.actor.locale, 'confirmImport.filenameWasAlreadyImported', {
        fileName: row.fileName,
        at,
        auditId: String(row.auditId),
      }),
    );
  }
  if (row?.outcome === 'expired') {
    return new BotError('expired', t(ctx.actor.locale, 'confirmImport.thisPreviewHasExpired'));
  }
  return new BotError(
    'conflict',
    t(ctx.actor.locale, 'confirmImport.theImportOfValue', { value: row?.fileName ?? '' }),
  );
}
