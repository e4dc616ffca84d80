import { cleansingReportCard } from '../../../cards/cleansing-report.ts';
import { loadCleansingRecords } from '../../db/cleansing-records.ts';
import { readPhoneRegion } from '../../db/phone-region.ts';
import {
  type DataIssue,
  type DataIssueKind,
  findDataIssues,
} from '../../domain/cleansing/find-data-issues.ts';
import type { Locale } from '../../domain/people.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { type Ctx, privateInGroups } from '../context.ts';
import type { Reply } from '../types.ts';

const kinds: DataIssueKind[] = ['no_owner', 'no_contact', 'bad_phone', 'bad_email', 'stale'];

/**
 * 数据清洗: the admin's report of incomplete or invalid customer records (a manager's, for their team),
 * each with the chat command that fixes it.
 */
export async function showCleansingReport(ctx: Ctx): Promise<Reply> {
  const { actor } = ctx;
  if (actor.role !== 'admin' && actor.role !== 'manager')
    throw new BotError('forbidden', t(actor.locale, 'showCleansingReport.theDataQualityReport'));
  const [records, region] = await Promise.all([
    loadCleansingRecords(ctx.db, { teamId: actor.role === 'admin' ? null : actor.teamId }),
    readPhoneRegion(ctx.db),
  ]);
  const now = ctx.now();
  const groups = kinds.map((kind) => ({
    kind,
    items: [] as { customer: string; detail: string | null; fix: string }[],
  }));
  for (const record of records) {
    for (const issue of findDataIssues(record, now, region)) {
      groups
        .find((group) => group.kind === issue.kind)!
        .items.push({
          customer: record.name,
          detail: describe(issue, actor.locale),
          fix: suggestFix(issue, record.name, actor.locale),
        });
    }
  }
  return privateInGroups(ctx, [
    cleansingReportCard({ locale: actor.locale, checked: records.length, groups }),
  ]);
}

function describe(issue: DataIssue, locale: Locale): string | null {
  switch (issue.kind) {
    case 'bad_phone':
    case 'bad_email':
      return `${issue.contact}: ${issue.value}`;
    case 'stale':
      return t(locale, 'showCleansingReport.daysDays', { days: issue.days });
    default:
      return null;
  }
}

/**
 * The exact command that fixes an issue, with <…> where only a person knows the value. A customer name
 * with spaces is followed by a colon so the contact command can tell where it ends.
 */
export function suggestFix(issue: DataIssue, customer: string, locale: Locale): string {
  const zh = locale !== 'en';
  const named = /\s/.test(customer) ? `${customer}：` : `${customer} `;
  switch (issue.kind) {
    case 'no_owner':
      return t(locale, 'showCleansingReport.assignCustomerToOwner', { customer });
    case 'no_contact':
      return zh ? `添加联系人 ${named}<姓名> <电话>` : `add contact ${customer}: <name>, <phone>`;
    case 'bad_phone':
      return zh
        ? `添加联系人 ${named}${issue.contact} 电话=<正确号码>`
        : `add contact ${customer}: ${issue.contact}, phone=<correct-number>`;
    case 'bad_email':
      return zh
        ? `添加联系人 ${named}${issue.contact} 邮箱=<正确邮箱>`
        : `add contact ${customer}: ${issue.contact}, email=<correct-email>`;
    case 'stale':
      return t(locale, 'showCleansingReport.logVisitWithCustomer', { customer });
  }
}
