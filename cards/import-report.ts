import type {
  ImportNote,
  ImportReport,
  RejectReason,
  RowChanges,
  RowOutcome,
} from '../src/domain/import/import-report.ts';
import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
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
        lines.push(t(l, 'importReport.andValueMore', { value: rows.length - shownPerKind }));
      }
      return [{ text: `**${pick(l, zh, en)}**\n${lines.join('\n')}` }];
    });
  return {
    tone: report.committed ? 'success' : counts.reject > 0 ? 'warning' : 'info',
    title: report.committed
      ? t(l, 'importReport.importedFilename', { fileName: report.fileName })
      : t(l, 'importReport.importPreviewFilename', { fileName: report.fileName }),
    sections: [{ fields: countFields(report, l) }, ...lists, ...importColumnsSections(report, l)],
    buttons: [],
    footer: report.committed
      ? t(l, 'importReport.writtenAuditEntryAuditid', { auditId: String(report.auditId) })
      : t(l, 'importReport.thisIsADry'),
  };
}

function countFields(report: ImportReport, l: Locale) {
  const { counts, totals } = report;
  return [
    { label: t(l, 'importReport.create'), value: String(counts.create) },
    { label: t(l, 'importReport.update'), value: String(counts.update) },
    { label: t(l, 'importReport.merge'), value: String(counts.merge) },
    { label: t(l, 'importReport.unchanged'), value: String(counts.unchanged) },
    { label: t(l, 'importReport.rejected'), value: String(counts.reject) },
    { label: t(l, 'importReport.newContacts'), value: String(totals.contacts) },
    { label: t(l, 'importReport.newSales'), value: String(totals.sales) },
    ...(report.blankRows > 0
      ? [{ label: t(l, 'importReport.blankRowsSkipped'), value: String(report.blankRows) }]
      : []),
  ];
}

/** One row's outcome as a line: "第 5 行 华为：电话「123」无效". Shared with the CLI's plain print. */
export function describeOutcome(outcome: RowOutcome, l: Locale): string {
  const at = t(l, 'importReport.rowRow', { row: outcome.row });
  const name = outcome.name ?? t(l, 'importReport.noName');
  const notes = outcome.kind === 'reject' ? '' : notesText(outcome.notes ?? [], l);
  switch (outcome.kind) {
    case 'create':
      return `${at} ${name}${ownerText(outcome.owner, l)}${notes}`;
    case 'reject': {
      const reasons = outcome.reasons.map((reason) => describeReason(reason, l));
      return `${at} ${name}${t(l, 'punctuation.colon')}${reasons.join(t(l, 'punctuation.semicolon'))}`;
    }
    case 'merge':
      return `${at} ${name} → ${t(l, 'importReport.rowIntorow', { intoRow: outcome.intoRow })}${describeChanges(outcome.changes, l)}${notes}`;
    case 'update':
    case 'unchanged':
      return `${at} ${name}${outcome.customer === name ? '' : ` → ${outcome.customer}`}${matchedByText(outcome.matchedBy, l)}${describeChanges(outcome.changes, l)}${notes}`;
  }
}

export function describeReason(reason: RejectReason, l: Locale): string {
  switch (reason.code) {
    case 'name_missing':
      return t(l, 'importReport.noCustomerName');
    case 'too_long':
      return t(l, 'importReport.fieldIsTooLong', { field: fieldLabel(reason.field, l) });
    case 'bad_phone':
      return t(l, 'importReport.phoneValueIsNot', { value: reason.value });
    case 'bad_email':
      return t(l, 'importReport.emailValueIsNot', { value: reason.value });
    case 'bad_birthday':
      return t(l, 'importReport.birthdayValueIsNot', { value: reason.value });
    case 'bad_grade':
      return t(l, 'importReport.gradeValueMustBe', { value: reason.value });
    case 'bad_date':
      return t(l, 'importReport.dateValueIsNot', { value: reason.value });
    case 'bad_amount':
    case 'amount_too_large': {
      const [zh, en] = reason.field === 'arrears' ? ['欠款', 'arrears'] : ['销售额', 'sales'];
      return reason.code === 'bad_amount'
        ? pick(l, `${zh}「${reason.value}」不是金额`, `${en} "${reason.value}" is not an amount`)
        : pick(l, `${zh}「${reason.value}」过大`, `${en} "${reason.value}" is too large`);
    }
    case 'owner_unknown':
      return t(l, 'importReport.ownerOwnerIsNot', { owner: reason.owner });
    case 'owner_ambiguous':
      return t(l, 'importReport.severalPeopleAreCalled', { owner: reason.owner });
    case 'customer_ambiguous':
      return t(l, 'importReport.severalCustomersMatchValue', {
        value: reason.names.join(t(l, 'list.separator')),
      });
    case 'conflicting_match':
      return t(l, 'importReport.theNameAndThe', { value: reason.names.join(t(l, 'list.separator')) });
  }
}

const noteTexts: Record<ImportNote['code'], [string, string]> = {
  contact_name_missing: ['；联系人姓名缺失，未建联系人', '; contact name missing, no contact created'],
};

function notesText(notes: ImportNote[], l: Locale): string {
  return notes.map((note) => pick(l, ...noteTexts[note.code])).join('');
}

function ownerText(owner: { name: string; byRule: boolean } | null, l: Locale): string {
  if (!owner) return t(l, 'importReport.noOwner');
  return owner.byRule
    ? t(l, 'importReport.ownerNameByThe', { name: owner.name })
    : t(l, 'importReport.ownerName', { name: owner.name });
}

function matchedByText(by: 'name' | 'phone' | 'email', l: Locale): string {
  if (by === 'name') return '';
  return by === 'phone' ? t(l, 'importReport.matchedByPhone') : t(l, 'importReport.matchedByEmail');
}

function describeChanges(changes: RowChanges, l: Locale): string {
  const parts: string[] = [];
  if (changes.filled.length > 0)
    parts.push(
      t(l, 'importReport.fillsValue', {
        value: changes.filled.map((f) => fieldLabel(f, l)).join(t(l, 'list.separator')),
      }),
    );
  if (changes.contactsAdded > 0)
    parts.push(t(l, 'importReport.contactsContactsadded', { contactsAdded: changes.contactsAdded }));
  if (changes.contactsUpdated > 0)
    parts.push(
      t(l, 'importReport.contactsCompletedContactsupdated', { contactsUpdated: changes.contactsUpdated }),
    );
  if (changes.aliasesAdded > 0)
    parts.push(t(l, 'importReport.aliasesAliasesadded', { aliasesAdded: changes.aliasesAdded }));
  if (changes.salesAdded > 0)
    parts.push(t(l, 'importReport.salesSalesadded', { salesAdded: changes.salesAdded }));
  if (changes.arrearsAdded > 0)
    parts.push(t(l, 'importReport.arrearsArrearsadded', { arrearsAdded: changes.arrearsAdded }));
  for (const kept of changes.kept) {
    parts.push(
      t(l, 'importReport.keptFieldCurrentFile', {
        field: fieldLabel(kept.field, l),
        current: kept.current,
        incoming: kept.incoming,
      }),
    );
  }
  return parts.length > 0 ? pick(l, `：${parts.join('，')}`, `: ${parts.join(', ')}`) : '';
}
