import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../src/domain/customers/normalize-name.ts';
import {
  type CustomerCandidate,
  type CustomerMatch,
  rankCustomerMatches,
} from '../../../src/domain/customers/rank-customer-matches.ts';

function customer(id: number, name: string, aliases: string[] = []): CustomerCandidate {
  return {
    id,
    name,
    normalizedName: normalizeName(name),
    aliases: aliases.map(normalizeName),
    ownerId: null,
  };
}

type Outcome =
  | { kind: 'found'; id: number; matchedBy: string }
  | { kind: 'ambiguous'; reason: string; ids: number[] }
  | { kind: 'none' };

// Compare by id so a table row reads as the outcome the bot acts on.
function summarize(match: CustomerMatch): Outcome {
  if (match.kind === 'found') return { kind: 'found', id: match.customer.id, matchedBy: match.matchedBy };
  if (match.kind === 'ambiguous') {
    return {
      kind: 'ambiguous',
      reason: match.reason,
      ids: match.candidates.map((candidate) => candidate.id),
    };
  }
  return { kind: 'none' };
}

const huawei = customer(1, '华为技术有限公司', ['HW']);
const acme = customer(2, 'Acme Corp');
const tsmc = customer(3, '台积电股份有限公司');
const dji = customer(4, '深圳市大疆创新科技有限公司');
const bytedance = customer(5, '北京字节跳动科技有限公司');
const book = [huawei, acme, tsmc, dji, bytedance];

const found = (id: number, matchedBy: string): Outcome => ({ kind: 'found', id, matchedBy });
const ambiguous = (reason: string, ids: number[]): Outcome => ({ kind: 'ambiguous', reason, ids });
const none: Outcome = { kind: 'none' };

describe('rankCustomerMatches', () => {
  it.each<[string, string, CustomerCandidate[], Outcome]>([
    ['a short Chinese name finds the registered one', '华为', book, found(1, 'prefix')],
    ['a Latin name without the legal form', 'acme', book, found(2, 'name')],
    ['a full-width mention', 'ＡＣＭＥ', book, found(2, 'name')],
    ['another legal form of the same name', 'ACME Co., Ltd.', book, found(2, 'name')],
    ['an alias', 'HW', book, found(1, 'alias')],
    ['a traditional-character mention', '台積電', book, found(3, 'name')],
    ['a traditional-character prefix', '華為', book, found(1, 'prefix')],
    ['a name whose city the mention leaves out', '大疆', book, found(4, 'prefix')],
    ['a name with the same city as the mention', '深圳大疆', book, found(4, 'prefix')],
    ['the middle of a name', '跳动', book, found(5, 'contains')],
    ['the registered name itself', '北京字节跳动科技有限公司', book, found(5, 'name')],
    ['nothing like it', 'xyz', book, none],
    ['an empty mention', '', book, none],
    ['a mention of punctuation only', '？！', book, none],
    ['an empty candidate list', '华为', [], none],
  ])('%s: %s', (_case, mention, candidates, outcome) => {
    expect(summarize(rankCustomerMatches(mention, candidates))).toEqual(outcome);
  });

  it.each<[string, string, CustomerCandidate[], Outcome]>([
    [
      'an exact name beats longer names it starts',
      '华为',
      [customer(1, '华为技术'), customer(2, '华为'), customer(3, '华为终端')],
      found(2, 'name'),
    ],
    [
      'an exact name beats a prefix of another',
      'acme',
      [customer(1, 'Acme Industries'), customer(2, 'Acme Corp')],
      found(2, 'name'),
    ],
    [
      'one customer returned twice by the database is one match',
      '华为',
      [huawei, huawei],
      found(1, 'prefix'),
    ],
    [
      'a prefix of an alias counts as a prefix',
      'huawei',
      [customer(1, '华为技术有限公司', ['Huawei Technologies'])],
      found(1, 'prefix'),
    ],
  ])('%s', (_case, mention, candidates, outcome) => {
    expect(summarize(rankCustomerMatches(mention, candidates))).toEqual(outcome);
  });

  it.each<[string, string, CustomerCandidate[], Outcome]>([
    [
      'two customers with the same name',
      '华为',
      [customer(7, '华为'), customer(3, '华为有限公司'), customer(4, '华为终端')],
      ambiguous('same_name', [3, 7]),
    ],
    [
      'a name and another customer’s alias, name first',
      'hw',
      [customer(1, '华为', ['HW']), customer(2, 'HW Ltd')],
      ambiguous('same_name', [2, 1]),
    ],
    [
      'several names start with the mention',
      '华为',
      [customer(2, '华为终端有限公司'), customer(1, '华为技术有限公司')],
      ambiguous('several_close', [1, 2]),
    ],
    [
      'prefixes before contains, shorter keys first',
      '华为',
      [customer(1, '荣耀华为'), customer(2, '华为技术服务'), customer(3, '华为终端')],
      ambiguous('several_close', [3, 2, 1]),
    ],
    ['a Latin typo', 'Acmee', book, ambiguous('uncertain', [2])],
    ['a Chinese typo', '华为技木', book, ambiguous('uncertain', [1])],
    [
      'look-alikes ordered by similarity',
      'acmee',
      [customer(1, 'Acne Ltd'), customer(2, 'Acme Corp')],
      ambiguous('uncertain', [2, 1]),
    ],
  ])('ambiguous: %s', (_case, mention, candidates, outcome) => {
    expect(summarize(rankCustomerMatches(mention, candidates))).toEqual(outcome);
  });

  it.each<[string, string, CustomerCandidate[], Outcome]>([
    ['one Latin letter', 'a', [customer(1, 'Acme'), customer(2, 'AB')], none],
    ['one Han character', '华', [customer(1, '华为'), customer(2, '华润')], none],
    ['two Latin letters', 'ac', [customer(1, 'Acme')], none],
    ['one letter still matches a name that is that letter', 'x', [customer(1, 'X Corp')], found(1, 'name')],
  ])('short mentions do not stand for longer names: %s', (_case, mention, candidates, outcome) => {
    expect(summarize(rankCustomerMatches(mention, candidates))).toEqual(outcome);
  });

  it.each<[string, string, CustomerCandidate[], Outcome]>([
    [
      'the city picks one of two keys that differ only by city',
      '青岛啤酒',
      [customer(1, '重庆啤酒股份有限公司'), customer(2, '青岛啤酒股份有限公司')],
      found(2, 'name'),
    ],
    [
      'without a city both are the same name',
      '啤酒',
      [customer(1, '重庆啤酒股份有限公司'), customer(2, '青岛啤酒股份有限公司')],
      ambiguous('same_name', [1, 2]),
    ],
    ['another city is only a look-alike', '上海银行', [customer(1, '北京银行')], ambiguous('uncertain', [1])],
    [
      'a contains match must show the mentioned city',
      '上海银行',
      [customer(1, '招商银行股份有限公司')],
      ambiguous('uncertain', [1]),
    ],
    [
      'a city in brackets counts',
      '上海字节跳动',
      [customer(1, '字节跳动(上海)有限公司'), customer(2, '北京字节跳动科技有限公司')],
      found(1, 'name'),
    ],
  ])('places: %s', (_case, mention, candidates, outcome) => {
    expect(summarize(rankCustomerMatches(mention, candidates))).toEqual(outcome);
  });

  const eightHuaweis = Array.from({ length: 8 }, (_, index) =>
    customer(8 - index, `华为${'终端'.repeat(index + 1)}`),
  );

  it.each<[string, number | undefined, number[]]>([
    ['five by default', undefined, [8, 7, 6, 5, 4]],
    ['the limit asked for', 3, [8, 7, 6]],
    ['at least one', 0, [8]],
  ])('returns at most the limit: %s', (_case, limit, ids) => {
    const match = rankCustomerMatches('华为', eightHuaweis, limit === undefined ? {} : { limit });
    expect(summarize(match)).toEqual(ambiguous('several_close', ids));
  });

  it('returns the candidate objects it was given', () => {
    const match = rankCustomerMatches('acme', [acme]);
    expect(match).toEqual({ kind: 'found', customer: acme, matchedBy: 'name' });
    expect(match.kind === 'found' && match.customer).toBe(acme);
  });

  it('orders the same way whatever order the database used', () => {
    const candidates = [customer(5, '华为'), customer(2, '华为'), customer(9, '华为')];
    const forwards = summarize(rankCustomerMatches('华为', candidates));
    const backwards = summarize(rankCustomerMatches('华为', [...candidates].reverse()));
    expect(forwards).toEqual(ambiguous('same_name', [2, 5, 9]));
    expect(backwards).toEqual(forwards);
  });
});
