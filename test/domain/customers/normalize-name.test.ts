import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../src/domain/customers/normalize-name.ts';

describe('normalizeName', () => {
  it.each([
    // Chinese legal forms
    ['华为技术有限公司', '华为技术'],
    ['台積電股份有限公司', '台积电'],
    ['中兴通讯有限责任公司', '中兴通讯'],
    ['万科股份公司', '万科'],
    ['海尔集团', '海尔'],
    ['海尔集团公司', '海尔'],
    ['腾讯控股有限公司', '腾讯'],
    ['阿里巴巴集团控股有限公司', '阿里巴巴'],
    ['中国平安保险（集团）股份有限公司', '中国平安保险'],
    ['西门子（中国）有限公司', '西门子'],
    ['西门子(中国)有限公司', '西门子'],
    ['红杉投资合伙企业(有限合伙)', '红杉投资合伙企业'],
    ['索尼株式会社', '索尼'],
    // 科技, 技术 and branches stay: they tell companies apart
    ['小米科技有限责任公司', '小米科技'],
    ['华为技术有限公司深圳分公司', '华为技术有限公司深圳分公司'],
    // English legal forms
    ['Acme Corp', 'acme'],
    ['ACME Corporation', 'acme'],
    ['Acme Co., Ltd.', 'acme'],
    ['Acme Inc.', 'acme'],
    ['Acme Incorporated', 'acme'],
    ['Acme LLC', 'acme'],
    ['Acme Limited', 'acme'],
    ['Acme GmbH', 'acme'],
    ['Acme GmbH & Co. KG', 'acme'],
    ['Acme PLC', 'acme'],
    ['Nestlé S.A.', 'nestle'],
    ['Acme Holdings Group', 'acme'],
    ['The Coca-Cola Company', 'cocacola'],
    ['Smith & Co.', 'smith'],
    ['Johnson & Johnson', 'johnsonjohnson'],
    ['Costco', 'costco'],
    ['Microsoft (China) Co., Ltd.', 'microsoft'],
    // full-width, case, spacing, traditional
    ['ＡＢＣ１２３', 'abc123'],
    ['ＡＣＭＥ　Ｃｏ．，Ｌｔｄ．', 'acme'],
    ['  Acme   Corp  ', 'acme'],
    ['華為技術', '华为技术'],
    ['鴻海精密工業股份有限公司', '鸿海精密工业'],
    ['衞生用品', '卫生用品'],
    ['字节跳动·抖音', '字节跳动抖音'],
    // leading provinces and cities
    ['深圳市大疆创新科技有限公司', '大疆创新科技'],
    ['北京字节跳动科技有限公司', '字节跳动科技'],
    ['广东省深圳市腾讯计算机系统有限公司', '腾讯计算机系统'],
    ['新疆维吾尔自治区天山纺织有限公司', '天山纺织'],
    ['北京市场研究有限公司', '市场研究'],
    ['字节跳动(上海)', '字节跳动'],
    ['上海', '上海'],
    ['北京市', '北京市'],
    ['上海公司', '上海'],
    ['长春藤', '长春藤'],
    ['中山大学', '中山大学'],
  ])('%s → %s', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });

  it.each([
    ['有限公司', '有限公司'],
    ['公司', '公司'],
    ['集团公司', '集团'],
    ['Ltd', 'ltd'],
    ['Group Ltd.', 'group'],
    ['(中国)', '中国'],
    ['The', 'the'],
    ['a', 'a'],
  ])('keeps %s non-empty when every word is a legal form (→ %s)', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });

  it.each(['', '   ', '!!!', '（）', '——'])('gives an empty key for %j, which names nothing', (name) => {
    expect(normalizeName(name)).toBe('');
  });

  it.each([
    '深圳市大疆创新科技有限公司',
    '台積電股份有限公司',
    'ＡＣＭＥ　Ｃｏ．，Ｌｔｄ．',
    '广东省深圳市腾讯计算机系统有限公司',
    '上海北京菜馆有限公司',
    '華为 Gmb H',
    '有限公司',
    '什麼科技',
    'Acme S A',
  ])('is idempotent for %s', (name) => {
    const key = normalizeName(name);
    expect(normalizeName(key)).toBe(key);
  });
});
