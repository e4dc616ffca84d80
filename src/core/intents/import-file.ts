import { chatImportCard, rowsToImport } from '../../../cards/chat-import.ts';
import {
  findImportOfSameFile,
  hashBytes,
  savePendingImport,
  updatePendingImportRows,
} from '../../db/pending-imports.ts';
import type { GivenMapping } from '../../domain/import/locate-headers.ts';
import { BotError } from '../../errors.ts';
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
  const zh = ctx.actor.locale !== 'en';
  const name = attachment.name;
  if (ctx.actor.role !== 'admin') {
    throw new BotError(
      'forbidden',
      zh
        ? `只有管理员可以导入客户，「${name}」没有被读取或保存。`
        : `Only an admin can import customers; "${name}" was not read or kept.`,
    );
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
  const zh = ctx.actor.locale !== 'en';
  const name = attachment.name;
  const limitMb = maxAttachmentBytes / 1024 / 1024;
  const tooLarge = new BotError(
    'invalid_input',
    zh
      ? `「${name}」超过 ${limitMb} MB，无法在聊天中导入。请拆分成几个文件，或用命令行 crm import 导入。`
      : `"${name}" is over ${limitMb} MB, too large to import in chat. Split it, or use the command line (crm import).`,
  );
  if (attachment.kind === 'unreadable') {
    if (attachment.reason === 'too_large') throw tooLarge;
    const status = attachment.status ? ` (HTTP ${attachment.status})` : '';
    throw new BotError(
      'invalid_input',
      zh
        ? `没能下载「${name}」${status}，什么都没有导入。请重新发送；如果一直失败，请检查机器人是否有读取文件的权限。`
        : `I could not download "${name}"${status}, so nothing was imported. Send it again; if it keeps failing, check that the bot may read files.`,
    );
  }
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (!importable.has(extension)) {
    throw new BotError(
      'invalid_input',
      extension === 'xls'
        ? zh
          ? '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 .csv 后再发送。'
          : 'Old .xls files are not supported. Save it as .xlsx or .csv in Excel and send that.'
        : zh
          ? `只能导入 .csv 或 .xlsx 文件，「${name}」不是。`
          : `Only .csv and .xlsx files can be imported, and "${name}" is neither.`,
    );
  }
  if (attachment.bytes.byteLength > maxAttachmentBytes) throw tooLarge;
  if (attachment.bytes.byteLength === 0) {
    throw new BotError(
      'invalid_input',
      zh ? `「${name}」是空文件，没有可导入的内容。` : `"${name}" is empty: there is nothing to import.`,
    );
  }
  return attachment.bytes;
}
