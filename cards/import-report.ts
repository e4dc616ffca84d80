import type {
  ImportNote,
  ImportReport,
  RejectReason,
  RowChanges,
  RowOutcome,
} from '../src/domain/import/import-report.ts';
import type { Locale } from '../src/domain/people.ts';
import type { Card, Section } from './card.ts';
import { importColumnsSections } from './import-columns.ts';
import { fieldLabel } from './import-field-label.ts';
import { pick } from './text.ts';

// Rows listed per kind on the card; the CLI prints them all. A chat card is read, not scrolled.
const shownPerKind = 10;

/** The heading of each kind of row, in the order the card and the CLI list them. */
export const outcomeHeadings: [RowOutcome['kind'], zh: string, en: string][] = [
  ['reject', '未导入的行', 'Rows not imported'],
  ['update', '更新已有客户', 'Existing customers updated'],
  ['merge', '与前面的行合并', 'Merged into an earlier row'],
  ['create', '新建客户', 'New customers'],
  ['unchanged', '已存在、无变化', 'Existing, nothing new'],
];

/** The outcome of an import, dry run or committed: counts, then rows by kind with their reasons. */
export function importReportCard(view: { locale: Locale; report: ImportReport }): Card {
  const { locale: l, report } = view;
  const { counts } = report;
  // Unchanged rows are left to the counts on a card: nothing happens to them.
  const lists = outcomeHeadings
    .filter(([kind]) => kind !== 'unchanged')
    .flatMap(([kind, zh, en]): Section[] => {
      const rows = report.rows.filter((outcome) => outcome.kind === kind);
      if (rows.length === 0) return [];
      const lines = rows.slice(0, shownPerKind).map((outcome) => `- ${describeOutcome(outcome, l)}`);
      if (rows.length > shownPerKind) {
        lines.push(
          pick(l, `…… 另有 ${rows.length - shownPerKind} 行`, `… and ${rows.length - shownPerKind} more`),
        );
      }
      return [{ text: `**${pick(l, zh, en)}**\n${lines.join('\n')}` }];
    });
  return {
    tone: report.committed ? 'success' : counts.reject > 0 ? 'warning' : 'info',
    title: report.committed
      ? pick(l, `已导入：${report.fileName}`, `Imported: ${report.fileName}`)
      : pick(l, `导入预览：${report.fileName}`, `Import preview: ${report.fileName}`),
    sections: [{ fields: countFields(report, l) }, ...lists, ...importColumnsSections(report, l)],
    buttons: [],
    footer: report.committed
      ? pick(l, `已写入，审计记录 #${report.auditId}`, `Written; audit entry #${report.auditId}`)
      : pick(l, '这是预演，还没有写入任何内容。', 'This is a dry run: nothing has been written yet.'),
  };
}

function countFields(report: ImportReport, l: Locale) {
  const { counts, totals } = report;
  return [
    { label: pick(l, '新建', 'Create'), value: String(counts.create) },
    { label: pick(l, '更新', 'Update'), value: String(counts.update) },
    { label: pick(l, '合并', 'Merge'), value: String(counts.merge) },
    { label: pick(l, '无变化', 'Unchanged'), value: String(counts.unchanged) },
    { label: pick(l, '拒绝', 'Rejected'), value: String(counts.reject) },
    { label: pick(l, '新联系人', 'New contacts'), value: String(totals.contacts) },
    { label: pick(l, '新成交记录', 'New sales'), value: String(totals.sales) },
    ...(report.blankRows > 0
      ? [{ label: pick(l, '空行（跳过）', 'Blank rows skipped'), value: String(report.blankRows) }]
      : []),
  ];
}

/** One row's outcome as a line: "第 5 行 华为：电话「123」无效". Shared with the CLI's plain print. */
export function describeOutcome(outcome: RowOutcome, l: Locale): string {
  const at = pick(l, `第 ${outcome.row} 行`, `Row ${outcome.row}`);
  const name = outcome.name ?? pick(l, '（无名称）', '(no name)');
  const notes = outcome.kind === 'reject' ? '' : notesText(outcome.notes ?? [], l);
  switch (outcome.kind) {
    case 'create':
      return `${at} ${name}${ownerText(outcome.owner, l)}${notes}`;
    case 'reject': {
      const reasons = outcome.reasons.map((reason) => describeReason(reason, l));
      return `${at} ${name}${pick(l, '：', ': ')}${reasons.join(pick(l, '；', '; '))}`;
    }
    case 'merge':
      return `${at} ${name} → ${pick(l, `第 ${outcome.intoRow} 行`, `row ${outcome.intoRow}`)}${describeChanges(outcome.changes, l)}${notes}`;
    case 'update':
    case 'unchanged':
      return `${at} ${name}${outcome.customer === name ? '' : ` → ${outcome.customer}`}${matchedByText(outcome.matchedBy, l)}${describeChanges(outcome.changes, l)}${notes}`;
  }
}

export function describeReason(reason: RejectReason, l: Locale): string {
  switch (reason.code) {
    case 'name_missing':
      return pick(l, '缺少客户名称', 'no customer name');
    case 'too_long':
      return pick(l, `「${fieldLabel(reason.field, l)}」太长`, `${fieldLabel(reason.field, l)} is too long`);
    case 'bad_phone':
      return pick(l, `电话「${reason.value}」无效`, `phone "${reason.value}" is not a valid number`);
    case 'bad_email':
      return pick(l, `邮箱「${reason.value}」无效`, `email "${reason.value}" is not valid`);
    case 'bad_birthday':
      return pick(l, `生日「${reason.value}」看不懂`, `birthday "${reason.value}" is not a date`);
    case 'bad_grade':
      return pick(l, `等级「${reason.value}」应为 A/B/C/D`, `grade "${reason.value}" must be A, B, C or D`);
    case 'bad_date':
      return pick(l, `日期「${reason.value}」看不懂`, `date "${reason.value}" is not a date`);
    case 'bad_amount':
    case 'amount_too_large': {
      const [zh, en] = reason.field === 'arrears' ? ['欠款', 'arrears'] : ['销售额', 'sales'];
      return reason.code === 'bad_amount'
        ? pick(l, `${zh}「${reason.value}」不是金额`, `${en} "${reason.value}" is not an amount`)
        : pick(l, `${zh}「${reason.value}」过大`, `${en} "${reason.value}" is too large`);
    }
    case 'owner_unknown':
      return pick(l, `负责人「${reason.owner}」不存在`, `owner "${reason.owner}" is not a known person`);
    case 'owner_ambiguous':
      return pick(l, `有多人叫「${reason.owner}」`, `several people are called "${reason.owner}"`);
    case 'customer_ambiguous':
      return pick(
        l,
        `有多个同名客户（${reason.names.join('、')}），请先合并`,
        `several customers match (${reason.names.join(', ')}); merge them first`,
      );
    case 'conflicting_match':
      return pick(
        l,
        `名称和电话/邮箱指向不同客户（${reason.names.join('、')}）`,
        `the name and the phone/email point at different customers (${reason.names.join(', ')})`,
      );
  }
}

const noteTexts: Record<ImportNote['code'], [string, string]> = {
  contact_name_missing: ['；联系人姓名缺失，未建联系人', '; contact name missing, no contact created'],
};

function notesText(notes: ImportNote[], l: Locale): string {
  return notes.map((note) => pick(l, ...noteTexts[note.code])).join('');
}

function ownerText(owner: { name: string; byRule: boolean } | null, l: Locale): string {
  if (!owner) return pick(l, '（无负责人）', ' (no owner)');
  return owner.byRule
    ? pick(l, `（按分配规则由 ${owner.name} 负责）`, ` (owner ${owner.name}, by the assignment rules)`)
    : pick(l, `（负责人 ${owner.name}）`, ` (owner ${owner.name})`);
}

function matchedByText(by: 'name' | 'phone' | 'email', l: Locale): string {
  if (by === 'name') return '';
  return by === 'phone'
    ? pick(l, '（按电话匹配）', ' (matched by phone)')
    : pick(l, '（按邮箱匹配）', ' (matched by email)');
}

function describeChanges(changes: RowChanges, l: Locale): string {
  const parts: string[] = [];
  if (changes.filled.length > 0)
    parts.push(
      pick(
        l,
        `补充${changes.filled.map((f) => fieldLabel(f, l)).join('、')}`,
        `fills ${changes.filled.map((f) => fieldLabel(f, l)).join(', ')}`,
      ),
    );
  if (changes.contactsAdded > 0)
    parts.push(pick(l, `联系人 +${changes.contactsAdded}`, `contacts +${changes.contactsAdded}`));
  if (changes.contactsUpdated > 0)
    parts.push(
      pick(l, `补全联系人 ${changes.contactsUpdated}`, `contacts completed ${changes.contactsUpdated}`),
    );
  if (changes.aliasesAdded > 0)
    parts.push(pick(l, `别名 +${changes.aliasesAdded}`, `aliases +${changes.aliasesAdded}`));
  if (changes.salesAdded > 0)
    parts.push(pick(l, `成交 +${changes.salesAdded}`, `sales +${changes.salesAdded}`));
  if (changes.arrearsAdded > 0)
    parts.push(pick(l, `欠款 +${changes.arrearsAdded}`, `arrears +${changes.arrearsAdded}`));
  for (const kept of changes.kept) {
    parts.push(
      pick(
        l,
        `${fieldLabel(kept.field, l)}保留「${kept.current}」（文件中为「${kept.incoming}」）`,
        `kept ${fieldLabel(kept.field, l)} "${kept.current}" (file says "${kept.incoming}")`,
      ),
    );
  }
  return parts.length > 0 ? pick(l, `：${parts.join('，')}`, `: ${parts.join(', ')}`) : '';
}
