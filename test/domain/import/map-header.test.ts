import { describe, expect, it } from 'vitest';
import type { ImportField } from '../../../src/domain/import/import-fields.ts';
import { mapHeader } from '../../../src/domain/import/map-header.ts';
import { readColumnMappings, readFieldName } from '../../../src/domain/import/read-column-mappings.ts';

// Per field: how regional teams label it, in simplified and traditional Chinese and in English,
// with the spaces, brackets, units, stars and qualifiers real sheets carry.
const families: [ImportField, string[]][] = [
  [
    'name',
    [
      '客户名称',
      '公司名称',
      '单位名称',
      '客户全称',
      '企业名称',
      '客戶名稱',
      '公司名稱',
      'Company Name',
      'Account Name',
      '＊客户名称',
      'Customer',
    ],
  ],
  [
    'contact',
    [
      '联系人',
      '主要联系人',
      '联系人姓名',
      '对接人',
      '姓名',
      '聯絡人',
      '主要聯絡人',
      '聯絡窗口',
      'Contact Person',
      'Primary Contact',
      '联系人1',
    ],
  ],
  [
    'title',
    ['职务', '职位', '联系人职务', '岗位', '職稱', '聯絡人職務', 'Job Title', 'Contact Title', 'Position'],
  ],
  [
    'phone',
    [
      '电话',
      '联系电话',
      '手机',
      '手机号',
      '联系方式',
      '座机',
      '联系人手机',
      '行動電話',
      '手提電話',
      '聯絡電話',
      'Mobile No.',
      'Phone Number',
      'Tel.',
      'Company Phone',
    ],
  ],
  [
    'email',
    [
      '邮箱',
      '电子邮箱',
      'E-mail',
      'E-Mail 地址',
      '電郵',
      '電子郵件',
      'Email Address',
      '联系人邮箱',
      '客户邮箱',
    ],
  ],
  [
    'owner',
    [
      '负责人',
      '客户负责人',
      '销售',
      '业务员',
      '归属人',
      '所属销售',
      '業務員',
      '負責人',
      'Account Owner',
      'Sales Rep',
    ],
  ],
  ['region', ['地区', '所在地区', '区域', '省市', '所属区域', '地區', '所在城市', 'Region', 'Province']],
  ['industry', ['行业', '所属行业', '行业类别', '所屬行業', 'Industry', 'Sector']],
  ['size', ['规模', '企业规模', '人数', '员工人数（人）', '企業規模', 'Company Size', 'Employees']],
  ['grade', ['等级', '客户等级', '级别', '客戶等級', '客户分级', 'Grade', 'Customer Grade', 'Tier']],
  ['sales', ['销售额（万元）', '销售额(元)', '成交金额', '銷售額（萬元）', 'Revenue (CNY)']],
];

describe('headers are recognised however teams word them', () => {
  it.each(families.flatMap(([field, headers]) => headers.map((header) => [header, field] as const)))(
    '%s → %s',
    (header, field) => {
      expect(mapHeader(header)?.field).toBe(field);
    },
  );

  it.each(['备注', '客户来源', '主要产品', '序号', '客户编号', 'Notes', 'KP', ''])(
    '%s maps to nothing',
    (header) => {
      expect(mapHeader(header)).toBeNull();
    },
  );

  it('reads the unit off a sales header: 万元 means ten thousands', () => {
    expect(mapHeader('销售额（万元）')).toEqual({ field: 'sales', inTenThousands: true });
    expect(mapHeader('销售额 (元)')).toEqual({ field: 'sales', inTenThousands: false });
  });
});

describe('an admin names a field the way they would say it', () => {
  it.each<[string, ImportField | null | undefined]>([
    ['contact', 'contact'],
    ['联系人', 'contact'],
    ['電話', 'phone'],
    ['sales_date', 'sales_date'],
    ['Owner', 'owner'],
    ['忽略', null],
    ['ignore', null],
    ['宠物', undefined],
  ])('%s → %s', (word, field) => {
    expect(readFieldName(word)).toBe(field);
  });

  it.each([
    [['对接人=联系人'], { kind: 'ok', mappings: [{ header: '对接人', field: 'contact' }] }],
    [
      ['KP=contact, 备注＝忽略'],
      {
        kind: 'ok',
        mappings: [
          { header: 'KP', field: 'contact' },
          { header: '备注', field: null },
        ],
      },
    ],
    [['"Key Person"=contact'], { kind: 'ok', mappings: [{ header: 'Key Person', field: 'contact' }] }],
    [['KP：电话'], { kind: 'ok', mappings: [{ header: 'KP', field: 'phone' }] }],
    [['KP=宠物', '对接人'], { kind: 'invalid', bad: ['KP=宠物', '对接人'] }],
  ])('%j → %j', (texts, read) => {
    expect(readColumnMappings(texts)).toEqual(read);
  });
});
