import { findOpenPendingImport, hashBytes } from '../../db/pending-imports.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { requireAdmin } from '../../import/require-admin.ts';
import type { Ctx } from '../context.ts';
import type { CrmCommand } from '../parse/crm-command.ts';
import type { Reply } from '../types.ts';
import { previewImport } from './import-file.ts';

/**
 * 导入 映射 对接人=联系人: the admin says what a column of the file they sent holds. The file is
 * previewed again with the mapping (Import N rows confirms that reading), and the mapping is
 * remembered for the next file with the same header row.
 */
export async function mapImportColumns(
  ctx: Ctx,
  command: Extract<CrmCommand, { intent: 'import_map' }>,
): Promise<Reply> {
  requireAdmin(ctx.actor, 'import');
  const zh = ctx.actor.locale !== 'en';
  if (command.mappings.length === 0) {
    const bad = command.bad
      .map((pair) => t(ctx.actor.locale, 'mapImportColumns.pair', { pair }))
      .join(t(ctx.actor.locale, 'list.separator'));
    throw new BotError(
      'invalid_input',
      zh
        ? `${bad ? `${bad}看不懂。` : ''}请写成「导入 映射 列名=字段」，例如「导入 映射 对接人=联系人 备注=忽略」；字段可以是 客户名称、联系人、职务、电话、邮箱、负责人、地区、行业、规模、等级、销售额……`
        : `${bad ? `I cannot read ${bad}. ` : ''}Write "import map HEADER=FIELD", e.g. "import map 对接人=contact Notes=ignore"; fields: name, contact, title, phone, email, owner, region, industry, size, grade, sales, …`,
    );
  }
  const pending = await findOpenPendingImport(ctx.db, ctx.actor.id, ctx.now());
  if (!pending) {
    throw new BotError('not_found', t(ctx.actor.locale, 'mapImportColumns.thereIsNoImport'));
  }
  // Corrupt storage must not be previewed as if it were the file the admin sent.
  if (hashBytes(pending.bytes) !== pending.sha256)
    throw new Error('stored import file does not match its hash');
  ctx.log.info({ pendingImportId: pending.id, mapped: command.mappings.length }, 'import columns mapped');
  return previewImport(
    ctx,
    { fileName: pending.fileName, bytes: pending.bytes },
    { pendingImportId: pending.id, mappings: command.mappings },
  );
}
