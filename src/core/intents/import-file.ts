import { chatImportCard, rowsToImport } from '../../../cards/chat-import.ts';
import {
  findImportOfSameFile,
  hashBytes,
  savePendingImport,
  updatePendingImportRows,
} from '../../db/pending-imports.ts';
import type { GivenMapping } from '../../domain/import/locate-headers.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { importCustomers } from '../../import/import-customers.ts';
import type { SheetFile } from '../../import/read-sheet.ts';
import { type Ctx, privateInGroups } from '../context.ts';
import { type Attachment, maxAttachmentBytes, type Reply } from '../types.ts';

const importable = new Set(['csv', 'xlsx']);

/**
 * A file sent to the bot is an admin's customer list: a dry run, answered with the report and an
 * "Import N rows" button. The bytes are kept (a day) so the confirm imports exactly this file.
 * Anyone else is refused before the file is read, and nothing is kept.
 */
export async function importFile(ctx: Ctx, attachment: Attachment): Promise<Reply> {
  const name = attachment.name;
  if (ctx.actor.role !== 'admin') {
    throw new BotError('forbidden', t(ctx.actor.locale, 'importFile.onlyAnAdminCan', { name }));
  }
  const bytes = readableBytes(ctx, attachment);
  return previewImport(ctx, { fileName: name, bytes }, { pendingImportId: null, mappings: [] });
}

/**
 * The dry run of a file as a card with Import N rows. A new upload is kept when there is something to
 * import or a column to map; a preview again (`pendingImportId`, with the admin's column mappings)
 * keeps the upload it answers and the rows it now promises.
 */
export async function previewImport(
  ctx: Ctx,
  file: SheetFile,
  again: { pendingImportId: number | null; mappings: GivenMapping[] },
): Promise<Reply> {
  const name = file.fileName;
  const { bytes } = file;
  const report = await importCustomers(ctx.db, ctx.actor, file, {
    commit: false,
    now: ctx.now(),
    timeZone: ctx.timeZone,
    source: ctx.source,
    mappings: again.mappings,
  });
  const rows = rowsToImport(report);
  const sha256 = hashBytes(bytes);
  const unread = report.columns.some((column) => column.field === null);
  let pendingImportId = again.pendingImportId ?? 0;
  if (again.pendingImportId !== null) await updatePendingImportRows(ctx.db, again.pendingImportId, rows);
  // Nothing to import and no column to map: the file need not be kept.
  else if (rows > 0 || unread) {
    pendingImportId = await savePendingImport(
      ctx.db,
      { personId: ctx.actor.id, fileName: name, bytes, sha256, rows },
      ctx.now(),
    );
  }
  const same = await findImportOfSameFile(ctx.db, sha256);
  const sameBy = same
    ? await ctx.db.person.findUnique({ where: { id: same.personId }, select: { name: true } })
    : null;
  ctx.log.info({ pendingImportId, fileName: name, rows, rejected: report.counts.reject }, 'import previewed');
  return privateInGroups(ctx, [
    chatImportCard({
      locale: ctx.actor.locale,
      timeZone: ctx.timeZone,
      report,
      state: {
        kind: 'preview',
        pendingImportId,
        sameFileImported: same ? { by: sameBy?.name ?? '?', at: same.resolvedAt } : null,
      },
    }),
  ]);
}

/** The file's bytes, or a specific answer: not fetched, too large, empty, or not a spreadsheet. */
function readableBytes(ctx: Ctx, attachment: Attachment): Uint8Array {
  const name = attachment.name;
  const limitMb = maxAttachmentBytes / 1024 / 1024;
  const tooLarge = new BotError(
    'invalid_input',
    t(ctx.actor.locale, 'importFile.nameIsOverLimitmb', { name, limitMb }),
  );
  if (attachment.kind === 'unreadable') {
    if (attachment.reason === 'too_large') throw tooLarge;
    const status = attachment.status ? ` (HTTP ${attachment.status})` : '';
    throw new BotError(
      'invalid_input',
      t(ctx.actor.locale, 'importFile.iCouldNotDownload', { name, status }),
    );
  }
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (!importable.has(extension)) {
    throw new BotError(
      'invalid_input',
      extension === 'xls'
        ? t(ctx.actor.locale, 'importFile.oldXlsFilesAre')
        : t(ctx.actor.locale, 'importFile.onlyCsvAndXlsx', { name }),
    );
  }
  if (attachment.bytes.byteLength > maxAttachmentBytes) throw tooLarge;
  if (attachment.bytes.byteLength === 0) {
    throw new BotError('invalid_input', t(ctx.actor.locale, 'importFile.nameIsEmptyThere', { name }));
  }
  return attachment.bytes;
}
