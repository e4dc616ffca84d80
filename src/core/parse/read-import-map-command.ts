import { readColumnMappings } from '../../domain/import/read-column-mappings.ts';
import type { CrmCommand } from './crm-command.ts';

// An answer to the admin's pending import preview; the match text is already simplified (導入 → 导入).
const head = /^(?:导入\s*(?:列\s*)?映射|import\s+(?:column\s+)?map(?:ping)?s?)(?:\s*[:：]\s*|\s+|$)(.*)$/di;

/**
 * "导入 映射 对接人=联系人 备注=忽略", "import map 对接人=contact": how the columns of the file waiting
 * for confirmation are read. Pairs that name no field are kept in `bad`, so the answer can say which.
 */
export function readImportMapCommand(match: string, original: string): CrmCommand | null {
  const hit = head.exec(match);
  if (!hit) return null;
  const at = hit.indices?.[1];
  const rest = at ? original.slice(at[0], at[1]).trim() : '';
  const read = rest === '' ? null : readColumnMappings([rest]);
  return read?.kind === 'ok'
    ? { intent: 'import_map', mappings: read.mappings, bad: [] }
    : { intent: 'import_map', mappings: [], bad: read?.bad ?? [] };
}
