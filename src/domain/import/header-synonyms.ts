import type { ImportField } from './import-fields.ts';

/**
 * How people label each column, in key form (see toHeaderKey: simplified, lower case, no spaces,
 * punctuation or bracketed units). Traditional headers (客戶名稱, 聯絡人, 職稱, 電郵) reach these through
 * toSimplified. Collected from the customer lists regional sales teams keep in Excel and WPS, CRM
 * export templates (Salesforce, HubSpot, 纷享销客, 销售易) and Taiwan / Hong Kong usage (窗口, 職稱,
 * 行動電話, 手提電話, 電郵). A header one step from these (主要联系人, 客户电话, Primary Contact) is
 * found by mapHeader's qualifier rules, not listed here.
 */
export const headerSynonyms: [ImportField, string[]][] = [
  [
    'name',
    ['客户名称', '客户名', '客户', '客户全称', '公司名称', '公司名', '公司', '公司全称', '企业名称', '企业']
      .concat(['企业全称', '单位名称', '单位', '单位全称', '客户单位', '机构名称', '名称', '客户姓名'])
      .concat(['name', 'customer', 'customername', 'company', 'companyname', 'account', 'accountname'])
      .concat(['client', 'clientname', 'organization', 'organisation', 'organizationname']),
  ],
  ['aliases', ['别名', '简称', '客户简称', '公司简称', '企业简称', 'alias', 'aliases', 'shortname', 'aka']],
  [
    'region',
    ['地区', '区域', '省市', '省份', '城市', '所在地', '地域', '片区', '大区', '省', '市', '省市区'].concat([
      'region',
      'area',
      'city',
      'province',
      'state',
      'territory',
      'location',
    ]),
  ],
  ['industry', ['行业', '行业类别', '行业分类', '行业类型', 'industry', 'sector', 'vertical']],
  [
    'size',
    ['规模', '企业规模', '公司规模', '人员规模', '员工人数', '员工数', '人数', '企业人数', 'size'].concat([
      'companysize',
      'employees',
      'headcount',
      'employeecount',
      'numberofemployees',
    ]),
  ],
  [
    'grade',
    ['等级', '客户等级', '客户级别', '级别', '客户分级', '分级', '评级'].concat([
      'grade',
      'level',
      'tier',
      'customergrade',
      'accounttier',
    ]),
  ],
  [
    'owner',
    ['负责人', '销售负责人', '业务负责人', '销售', '业务员', '归属人', '所属人', '归属销售']
      .concat(['跟进人', '跟进销售', '客户经理', '销售代表', '负责销售', '负责业务', '营业担当'])
      .concat(['owner', 'accountowner', 'salesrep', 'rep', 'salesperson', 'accountmanager', 'assignedto']),
  ],
  [
    'contact',
    ['联系人', '联络人', '联系人姓名', '联络人姓名', '联系人名称', '联系人名字', '姓名', '对接人']
      .concat(['窗口', '联络窗口', '联系窗口', '对口人', '接口人'])
      .concat(['contact', 'contactname', 'contactperson', 'fullname', 'person']),
  ],
  [
    'title',
    ['职务', '职位', '岗位', '职称', '头衔', '部门职务'].concat([
      'title',
      'jobtitle',
      'position',
      'role',
      'designation',
    ]),
  ],
  [
    'phone',
    ['电话', '手机', '手机号', '手机号码', '电话号码', '联系电话', '联络电话', '联系方式', '座机', '固话']
      .concat(['固定电话', '办公电话', '移动电话', '行动电话', '手提电话'])
      .concat(['phone', 'mobile', 'tel', 'telephone', 'phonenumber', 'phoneno', 'mobileno'])
      .concat(['mobilephone', 'mobilenumber', 'cell', 'cellphone', 'contactnumber', 'contactno'])
      .concat(['workphone', 'officephone', 'businessphone']),
  ],
  [
    'email',
    ['邮箱', '电子邮件', '电子邮箱', '邮件', '邮箱地址', '邮件地址', '电邮', '电邮地址'].concat([
      'email',
      'mail',
      'emailaddress',
      'emailadress',
      'email地址',
    ]),
  ],
  ['birthday', ['生日', '出生日期', '出生年月', 'birthday', 'birthdate', 'dateofbirth', 'dob']],
  [
    'sales',
    ['销售额', '成交额', '成交金额', '销售金额', '金额', '合同金额', '年销售额', '合作金额'].concat([
      'sales',
      'revenue',
      'amount',
      'salesamount',
      'dealamount',
      'dealvalue',
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
    ['成交日期', '销售日期', '日期', '成交时间', '签约日期'].concat([
      'date',
      'saledate',
      'salesdate',
      'closedate',
    ]),
  ],
];
