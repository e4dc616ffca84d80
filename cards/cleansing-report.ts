import type { DataIssueKind } from '../src/domain/cleansing/find-data-issues.ts';
import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import type { Card } from './card.ts';
import { listLines } from './list-lines.ts';
import { pick } from './text.ts';

export interface CleansingReportView {
  locale: Locale;
  /** Customers looked at. */
  checked: number;
  /** Per kind of problem, every finding with the chat command that fixes it. */
  groups: { kind: DataIssueKind; items: { customer: string; detail: string | null; fix: string }[] }[];
}

const perKind = 8;

const headings: Record<DataIssueKind, [string, string]> = {
  no_owner: ['无负责人', 'No owner'],
  no_contact: ['无联系人', 'No contact person'],
  bad_phone: ['电话格式有误', 'Malformed phone'],
  bad_email: ['邮箱格式有误', 'Malformed email'],
  stale: ['超过一年未联系', 'No contact for over a year'],
};

/** 数据清洗: incomplete or invalid records, each with the exact command that fixes it. */
export function cleansingReportCard(view: CleansingReportView): Card {
  const l = view.locale;
  const total = view.groups.reduce((sum, group) => sum + group.items.length, 0);
  if (total === 0) {
    return {
      tone: 'success',
      title: t(l, 'cleansingReport.dataQualityNothingTo'),
      sections: [{ text: t(l, 'cleansingReport.checkedCheckedCustomers', { checked: view.checked }) }],
      buttons: [],
    };
  }
  const sections = view.groups
    .filter((group) => group.items.length > 0)
    .map((group) => {
      const [zh, en] = headings[group.kind];
      const lines = listLines(
        group.items,
        perKind,
        l,
        (item) => `- ${item.customer}${item.detail ? `（${item.detail}）` : ''} → \`${item.fix}\``,
        '条',
      );
      return { text: `**${pick(l, zh, en)} (${group.items.length})**\n${lines.join('\n')}` };
    });
  return {
    tone: 'warning',
    title: t(l, 'cleansingReport.dataQualityTotalProblems', { total }),
    sections: [
      {
        text: t(l, 'cleansingReport.checkedCheckedCustomersSend', { checked: view.checked }),
      },
      ...sections,
    ],
    buttons: [],
  };
}
