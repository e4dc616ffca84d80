import { toSimplified } from '../customers/to-simplified.ts';
import type { ImportField } from './import-fields.ts';

// Header words per field, simplified Chinese and English, already in key form (see toHeaderKey).
// Traditional headers (客戶名稱, 聯絡人, 郵箱) reach these through toSimplified.
const synonyms: [ImportField, string[]][] = [
  [
    'name',
    [
      '客户名称',
      '客户名',
      '客户',
      '客户全称',
      '公司名称',
      '公司',
      '公司全称',
      '企业名称',
      '企业',
      '单位名称',
    ].concat(['名称', 'name', 'customer', 'customername', 'company', 'companyname', 'account', 'client']),
  ],
  ['aliases', ['别名', '简称', '客户简称', '公司简称', 'alias', 'aliases', 'shortname', 'alsoknownas']],
  ['region', ['地区', '区域', '城市', '所在地', '所在地区', '省份', '所在城市', 'region', 'area', 'city']],
  ['industry', ['行业', '所属行业', '行业类别', 'industry', 'sector']],
  [
    'size',
    ['规模', '公司规模', '企业规模', '员工人数', '人数', 'size', 'companysize', 'employees', 'headcount'],
  ],
  ['grade', ['等级', '客户等级', '客户级别', '级别', 'grade', 'level']],
  [
    'owner',
    ['负责人', '客户负责人', '销售负责人', '所属销售', '销售', '业务员', '跟进人', '客户经理'].concat([
      'owner',
      'accountowner',
      'salesrep',
      'rep',
    ]),
  ],
  [
    'contact',
    ['联系人', '联络人', '联系人姓名', '联络人姓名', '姓名', '联系人名称'].concat([
      'contact',
      'contactname',
      'contactperson',
    ]),
  ],
  ['title', ['职务', '职位', '岗位', '联系人职务', '联络人职务', 'title', 'jobtitle', 'position']],
  [
    'phone',
    ['电话', '手机', '手机号', '手机号码', '电话号码', '联系电话', '联络电话', '联系方式']
      .concat([
        '联系人电话',
        '联络人电话',
        '联系人手机',
        'phone',
        'mobile',
        'tel',
        'telephone',
        'phonenumber',
      ])
      .concat(['mobilephone', 'cell', 'contactphone']),
  ],
  [
    'email',
    ['邮箱', '电子邮件', '电子邮箱', '邮件', '邮箱地址', '联系人邮箱', '联络人邮箱'].concat([
      'email',
      'mail',
      'emailaddress',
      'contactemail',
    ]),
  ],
  [
    'birthday',
    ['生日', '出生日期', '联系人生日', '联络人生日', 'birthday', 'birthdate', 'dateofbirth', 'dob'],
  ],
  [
    'sales',
    ['销售额', '成交额', '成交金额', '销售金额', '金额', '合同金额'].concat([
      'sales',
      'revenue',
      'amount',
      'salesamount',
      'dealamount',
    ]),
  ],
  [
    'arrears',
    ['欠款', '欠款金额', '应收', '应收款', '应收账款', '应收金额', '欠费', '未回款', '未回款金额'].concat([
      'arrears',
      'receivable',
      'receivables',
      'amountdue',
      'outstanding',
      'unpaid',
    ]),
  ],
  [
    'arrears_due',
    ['欠款日期', '到期日', '到期日期', '欠款到期日', '应收到期日', '还款日', '还款日期'].concat([
      'arrearsdue',
      'arrearsduedate',
      'duedate',
      'due',
      'paymentdue',
    ]),
  ],
  [
    'sales_date',
    ['成交日期', '销售日期', '日期', '成交时间', '签约日期', 'date', 'saledate', 'salesdate', 'closedate'],
  ],
];

const byKey = new Map(synonyms.flatMap(([field, words]) => words.map((word) => [word, field] as const)));

export interface HeaderMapping {
  field: ImportField;
  /** Amounts in the column are in ten-thousands: 销售额（万元）. */
  inTenThousands: boolean;
}

/**
 * The field a header names, or null. Tolerates full-width characters, spaces, case, traditional
 * characters, a required-field star and a unit in brackets. `group` is the merged cell above it in a
 * two-row header: under 联系人 / Contact, 姓名 / Name is the contact's name, 电话 the contact's phone.
 */
export function mapHeader(header: string, group?: string): HeaderMapping | null {
  const { key, unit } = toHeaderKey(header);
  const grouped = group ? toHeaderKey(group).key : '';
  let field = (grouped !== '' && byKey.get(grouped + key)) || byKey.get(key);
  if (!field) return null;
  const groupField = grouped === '' ? undefined : byKey.get(grouped);
  // 负责人 over 姓名 is the owner's name, 联系人 over Name the contact's.
  if ((field === 'name' || field === 'contact') && (groupField === 'contact' || groupField === 'owner'))
    field = groupField;
  return { field, inTenThousands: field === 'sales' && /万/.test(unit) };
}

function toHeaderKey(header: string): { key: string; unit: string } {
  const text = toSimplified(header.normalize('NFKC')).toLowerCase();
  const unit = /[([]([^)\]]*)[)\]]/.exec(text)?.[1] ?? '';
  const key = text.replace(/[([][^)\]]*[)\]]/g, '').replace(/[\s*:：_\-./#]/g, '');
  return { key, unit };
}
