import { describe, expect, it } from 'vitest';
import { stripCompanySuffixes } from '../../../src/domain/customers/strip-company-suffixes.ts';

describe('stripCompanySuffixes', () => {
  it.each([
    [['acme', 'co', 'ltd'], ['acme']],
    [['nestle', 's', 'a'], ['nestle']],
    [['smith', 'and', 'co'], ['smith']],
    [['acme', '有限公司'], ['acme']],
    [['华为', 'ltd'], ['华为']],
    [['海尔集团有限公司'], ['海尔']],
    [['costco'], ['costco']],
    [['co', 'ltd'], ['co']],
    [['股份有限公司'], ['股份有限公司']],
    [['华为深圳分公司'], ['华为深圳分公司']],
  ])('%j → %j', (words, expected) => {
    expect(stripCompanySuffixes(words)).toEqual(expected);
  });
});
