import { describe, expect, it } from 'vitest';
import { parseCompanyName } from '../../../src/domain/customers/parse-company-name.ts';

describe('parseCompanyName', () => {
  it.each([
    ['深圳市大疆创新科技有限公司', '大疆创新科技', ['深圳']],
    ['广东省深圳市腾讯计算机系统有限公司', '腾讯计算机系统', ['广东', '深圳']],
    ['字节跳动（上海）有限公司', '字节跳动', ['上海']],
    ['香港特別行政區匯豐控股', '汇丰', ['香港']],
    ['西门子(中国)有限公司', '西门子', []],
    ['北京市', '北京市', []],
    ['Acme Corp', 'acme', []],
  ])('%s → key %s, places %j', (name, key, regions) => {
    expect(parseCompanyName(name)).toEqual({ key, regions });
  });
});
