import { DateTime } from 'luxon';
import { badReasonLabel } from '../../cards/bad-customer-warning.ts';
import { formatPhone } from '../domain/import/format-phone.ts';
import type { Locale } from '../domain/people.ts';
import type { Db } from './client.ts';
import { customerNameFields } from './customer-name-fields.ts';
import { readPhoneRegion } from './phone-region.ts';

export const exportKinds = ['customers', 'contacts', 'visits', 'follow_ups', 'complaints'] as const;
export type ExportKind = (typeof exportKinds)[number];

export type Cell = string | number | null;

export interface ExportTable {
  headers: string[];
  rows: Cell[][];
}

type Column<T> = [zh: string, en: string, value: (row: T) => Cell];

/**
 * One kind of record as a table, only for the customers in `visible` (null: all), headed in the
 * person's language. Customer and contact headers are the ones an import reads, so an export can be
 * edited and imported back. Times are in the workspace zone; codes (status, kind) stay as stored.
 */
export async function loadExportTable(
  db: Db,
  what: ExportKind,
  options: { visible: Set<number> | null; locale: Locale; timeZone: string },
): Promise<ExportTable> {
  // Filtered here rather than with IN (…): a manager may see 100,000 customers, beyond SQLite's
  // bound-variable limit.
  const visible = <T>(rows: T[], customerId: (row: T) => number) =>
    options.visible === null ? rows : rows.filter((row) => options.visible!.has(customerId(row)));
  const when = (date: Date | null) =>
    date ? DateTime.fromJSDate(date, { zone: options.timeZone }).toFormat('yyyy-MM-dd HH:mm') : null;
  const table = <T>(columns: Column<T>[], rows: T[]): ExportTable => ({
    headers: columns.map(([zh, en]) => (options.locale !== 'en' ? zh : en)),
    rows: rows.map((row) => columns.map(([, , value]) => value(row))),
  });
  // 不良客户: the reason in words, so a spreadsheet reader sees why without knowing the codes.
  const badColumn = <T>(customer: (row: T) => { status: string; badReason: string | null }): Column<T> => [
    '不良客户',
    'Bad customer',
    (row) => {
      const c = customer(row);
      return c.status === 'bad' ? badReasonLabel(options.locale, c.badReason) || '✓' : null;
    },
  ];
  switch (what) {
    case 'customers': {
      const all = await db.customer.findMany({
        include: { owner: { select: { name: true } }, aliases: { select: { alias: true } } },
        orderBy: { id: 'asc' },
      });
      const rows = visible(all, (customer) => customer.id);
      return table<(typeof rows)[number]>(
        [
          ['客户名称', 'Name', (c) => c.name],
          ['别名', 'Aliases', (c) => c.aliases.map((alias) => alias.alias).join(', ') || null],
          ['地区', 'Region', (c) => c.region],
          ['行业', 'Industry', (c) => c.industry],
          ['规模', 'Size', (c) => c.size],
          ['等级', 'Grade', (c) => c.grade],
          ['负责人', 'Owner', (c) => c.owner?.name ?? null],
          ['状态', 'Status', (c) => c.status],
          badColumn((c) => c),
          ['最近联系', 'Last contact', (c) => when(c.lastContactAt)],
          ['创建时间', 'Created', (c) => when(c.createdAt)],
        ],
        rows,
      );
    }
    case 'contacts': {
      const all = await db.contact.findMany({
        include: { customer: { select: { name: true } } },
        orderBy: [{ customerId: 'asc' }, { id: 'asc' }],
      });
      const rows = visible(all, (row) => row.customerId);
      // Stored in E.164; written as people here write it, which an import reads back as the same number.
      const region = await readPhoneRegion(db);
      return table<(typeof rows)[number]>(
        [
          ['客户名称', 'Name', (c) => c.customer.name],
          ['联系人', 'Contact', (c) => c.name],
          ['职务', 'Title', (c) => c.title],
          ['电话', 'Phone', (c) => c.phone && formatPhone(c.phone, region)],
          ['邮箱', 'Email', (c) => c.email],
          ['生日', 'Birthday', (c) => c.birthday],
          ['决策人', 'Decision maker', (c) => (c.isDecisionMaker ? 'Y' : null)],
        ],
        rows,
      );
    }
    case 'visits': {
      const all = await db.visit.findMany({
        include: { customer: { select: customerNameFields }, author: { select: { name: true } } },
        orderBy: { occurredAt: 'asc' },
      });
      const rows = visible(all, (row) => row.customerId);
      return table<(typeof rows)[number]>(
        [
          ['客户名称', 'Customer', (v) => v.customer.name],
          badColumn((v) => v.customer),
          ['时间', 'When', (v) => when(v.occurredAt)],
          ['方式', 'Kind', (v) => v.kind],
          ['记录人', 'Logged by', (v) => v.author.name],
          ['摘要', 'Summary', (v) => v.summary],
          ['需求', 'Needs', (v) => v.needs],
          ['问题', 'Issues', (v) => v.issues],
          ['竞品', 'Competitor', (v) => v.competitor],
          ['下一步', 'Next step', (v) => v.nextStep],
        ],
        rows,
      );
    }
    case 'follow_ups': {
      const all = await db.followUp.findMany({
        include: { customer: { select: customerNameFields }, assignee: { select: { name: true } } },
        orderBy: { dueAt: 'asc' },
      });
      const rows = visible(all, (row) => row.customerId);
      return table<(typeof rows)[number]>(
        [
          ['客户名称', 'Customer', (f) => f.customer.name],
          badColumn((f) => f.customer),
          ['跟进事项', 'Follow-up', (f) => f.title],
          ['到期', 'Due', (f) => when(f.dueAt)],
          ['负责人', 'Assignee', (f) => f.assignee.name],
          ['状态', 'Status', (f) => f.status],
          ['完成时间', 'Done', (f) => when(f.doneAt)],
        ],
        rows,
      );
    }
    case 'complaints': {
      const all = await db.complaint.findMany({
        include: {
          customer: { select: customerNameFields },
          owner: { select: { name: true } },
          reporter: { select: { name: true } },
        },
        orderBy: { createdAt: 'asc' },
      });
      const rows = visible(all, (row) => row.customerId);
      return table<(typeof rows)[number]>(
        [
          ['客户名称', 'Customer', (c) => c.customer.name],
          badColumn((c) => c.customer),
          ['登记时间', 'Filed', (c) => when(c.createdAt)],
          ['类别', 'Category', (c) => c.category],
          ['紧急程度', 'Severity', (c) => c.severity],
          ['状态', 'Status', (c) => c.status],
          ['描述', 'Description', (c) => c.description],
          ['处理人', 'Owner', (c) => c.owner?.name ?? null],
          ['登记人', 'Reported by', (c) => c.reporter.name],
          ['解决时间', 'Resolved', (c) => when(c.resolvedAt)],
          ['处理结果', 'Resolution', (c) => c.resolution],
        ],
        rows,
      );
    }
  }
}
