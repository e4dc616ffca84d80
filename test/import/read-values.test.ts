import { describe, expect, it } from 'vitest';
import { mapHeader } from '../../src/domain/import/map-header.ts';
import { normalizeEmail } from '../../src/domain/import/normalize-email.ts';
import { normalizePhone } from '../../src/domain/import/normalize-phone.ts';
import { readAmountCents } from '../../src/domain/import/read-amount-cents.ts';
import { readBirthday } from '../../src/domain/import/read-birthday.ts';

describe('phone numbers match however they are written', () => {
  it.each([
    ['13800138000', '+8613800138000'],
    ['+86 138-0013-8000', '+8613800138000'],
    ['0086 13800138000', '+8613800138000'],
    ['8613800138000', '+8613800138000'],
    ['１３８００１３８０００', '+8613800138000'],
    ['(0755) 8888-8888', '+8675588888888'],
    ['0755-88888888 转 123', '+8675588888888'],
    ['+1 415 555 0100', '+14155550100'],
    ['12345', null],
    ['电话待补充', null],
    ['138-0013-800x', null],
  ])('%s → %s', (raw, key) => {
    expect(normalizePhone(raw)).toBe(key);
  });
});

describe('emails match in any case, full-width or as a mailto link', () => {
  it.each([
    ['Zhang@Example.COM', 'zhang@example.com'],
    ['ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'zhang@example.com'],
    ['mailto:a@b.example', 'a@b.example'],
    ['not an email', null],
  ])('%s → %s', (raw, key) => {
    expect(normalizeEmail(raw)).toBe(key);
  });
});

describe('amounts are read into cents', () => {
  it.each([
    ['1200', false, 120_000],
    ['1,200.50', false, 120_050],
    ['¥1,200', false, 120_000],
    ['120万', false, 120_000_000],
    ['１２.５', true, 12_500_000],
    ['RMB 300元', false, 30_000],
    ['-5', false, null],
    ['abc', false, null],
  ])('%s (in 万元: %s) → %s', (raw, inTenThousands, cents) => {
    expect(readAmountCents(raw, inTenThousands)).toBe(cents);
  });
});

describe('birthdays keep month and day', () => {
  it.each([
    ['1985-03-15', '03-15'],
    ['3月15日', '03-15'],
    ['3/15', '03-15'],
    ['02-29', '02-29'],
    ['1990年12月1日', '12-01'],
    ['02-30', null],
    ['someday', null],
  ])('%s → %s', (raw, birthday) => {
    expect(readBirthday(raw)).toBe(birthday);
  });
});

describe('headers are recognised in Chinese and English, however they are typed', () => {
  it.each([
    ['客户名称', undefined, 'name'],
    ['客戶名稱', undefined, 'name'],
    [' Customer  Name ', undefined, 'name'],
    ['＊客户名称', undefined, 'name'],
    ['聯絡人', undefined, 'contact'],
    ['E-mail', undefined, 'email'],
    ['郵箱', undefined, 'email'],
    ['手机号码', undefined, 'phone'],
    ['銷售額（萬元）', undefined, 'sales'],
    ['Name', 'Contact', 'contact'],
    ['电话', '联系人', 'phone'],
    ['姓名', '负责人', 'owner'],
    ['备注', undefined, null],
  ])('%s (under %s) → %s', (header, group, field) => {
    expect(mapHeader(header, group)?.field ?? null).toBe(field);
  });

  it('reads a 万元 unit off the sales header', () => {
    expect(mapHeader('销售额(万元)')).toEqual({ field: 'sales', inTenThousands: true });
    expect(mapHeader('Sales (CNY)')).toEqual({ field: 'sales', inTenThousands: false });
  });
});
