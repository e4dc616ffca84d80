import type { ImportField } from '../src/domain/import/import-fields.ts';
import type { Locale } from '../src/domain/people.ts';
import { pick } from './text.ts';

const labels: Record<ImportField, [string, string]> = {
  name: ['客户名称', 'name'],
  aliases: ['别名', 'aliases'],
  region: ['地区', 'region'],
  industry: ['行业', 'industry'],
  size: ['规模', 'size'],
  grade: ['等级', 'grade'],
  owner: ['负责人', 'owner'],
  contact: ['联系人', 'contact'],
  title: ['职务', 'title'],
  phone: ['电话', 'phone'],
  email: ['邮箱', 'email'],
  birthday: ['生日', 'birthday'],
  sales: ['销售额', 'sales'],
  sales_date: ['成交日期', 'sales date'],
  arrears: ['欠款', 'arrears'],
  arrears_due: ['欠款日期', 'arrears due'],
};

/** A field as the admin knows it: 联系人 / contact. These words also name fields in a column mapping. */
export function fieldLabel(field: ImportField, l: Locale): string {
  return pick(l, ...labels[field]);
}
